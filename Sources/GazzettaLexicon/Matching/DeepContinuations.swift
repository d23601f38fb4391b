/// The children of the trie nodes two or more tokens deep, for the typo search in long names: for each such
/// node, its (key id, child) pairs in key order.
///
/// Built in one pass over the edges in ascending order (parent, then key), the order a compiled file stores
/// them in, into flat arrays: no dictionary and no array per node, so a million-alias lexicon loads it in a
/// few milliseconds.
struct DeepContinuations: Sendable {
    /// The nodes that have continuations, ascending.
    private let nodes: [Int32]
    /// Where each node's pairs start in `keys` and `children`; one entry more than `nodes`.
    private let starts: [Int32]
    let keys: [Int32]
    let children: [Int32]

    /// The continuations in `edges` (ascending by edge) of the nodes whose depth is at least 2.
    init(sortedEdges edges: [(edge: UInt64, child: Int32)], depths: [UInt8]) {
        var nodes: [Int32] = [], starts: [Int32] = [], keys: [Int32] = [], children: [Int32] = []
        for (edge, child) in edges {
            let parent = Int32(truncatingIfNeeded: edge >> 32)
            guard depths[Int(parent)] >= 2 else { continue }
            if nodes.last != parent {
                nodes.append(parent)
                starts.append(Int32(keys.count))
            }
            keys.append(Int32(truncatingIfNeeded: edge & 0xFFFF_FFFF))
            children.append(child)
        }
        starts.append(Int32(keys.count))
        self.nodes = nodes
        self.starts = starts
        self.keys = keys
        self.children = children
    }

    /// The positions in `keys` and `children` of `node`'s continuations; `nil` when it has none.
    ///
    /// - Complexity: O(log n) in the number of nodes with continuations.
    func range(of node: Int32) -> Range<Int>? {
        var low = 0, high = nodes.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if nodes[mid] == node { return Int(starts[mid])..<Int(starts[mid + 1]) }
            if nodes[mid] < node { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
