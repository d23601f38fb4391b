/// The trie's edges, (node, key id) → child, in an open-addressing table with a multiplicative hash: one
/// multiply and usually one probe per step of a walk, where a `Dictionary` would hash with SipHash.
struct EdgeTable: Sendable {
    private static let empty = UInt64.max
    private let keys: [UInt64]
    private let children: [Int32]
    private let mask: Int
    private let shift: UInt64

    /// A table of `edges`, at most half full.
    init(_ edges: [(edge: UInt64, child: Int32)]) {
        var capacity = 16
        while capacity < edges.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: EdgeTable.empty, count: capacity)
        var children = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (edge, child) in edges {
            var slot = EdgeTable.slot(edge, shift)
            while keys[slot] != EdgeTable.empty { slot = (slot + 1) & mask }
            keys[slot] = edge
            children[slot] = child
        }
        self.keys = keys
        self.children = children
        self.mask = mask
        self.shift = shift
    }

    /// The child at `edge`, or `nil`.
    ///
    /// - Complexity: O(1) expected.
    @inline(__always)
    func child(_ edge: UInt64) -> Int32? {
        var slot = EdgeTable.slot(edge, shift)
        while true {
            let key = keys[slot]
            if key == edge { return children[slot] }
            if key == EdgeTable.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Every edge and its child, in no particular order.
    var entries: [(edge: UInt64, child: Int32)] {
        keys.indices.compactMap { keys[$0] == EdgeTable.empty ? nil : (keys[$0], children[$0]) }
    }

    @inline(__always)
    private static func slot(_ edge: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
