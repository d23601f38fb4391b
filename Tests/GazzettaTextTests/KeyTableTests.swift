import Testing
@testable import GazzettaText

@Suite struct KeyTableTests {
    @Test func findsEveryKeyByItsIndexAndRejectsTheRest() {
        // Keys of real aliases: ASCII, accented, elided, a fold that grows (İstanbul), and more keys than
        // the initial 16 slots so probing wraps around.
        let keys = ["kazakhstan", "cina", "l'", "dell'", "città", "i̇stanbul", "xi", "jinping", "", "-", "'s"]
            + (0..<100).map { "gen\($0)" }
        let table = KeyTable(keys)
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() {
            #expect(table.index(of: key) == Int32(index), "\(key)")
            #expect(table[Int32(index)] == key)
        }
        for missing in ["kazakhsta", "kazakhstann", "citta", "istanbul", "gen100", "Cina", " "] {
            #expect(table.index(of: missing) == nil, "\(missing)")
        }
        #expect(KeyTable([]).index(of: "x") == nil)
    }

    @Test func aRepeatedKeyKeepsItsFirstIndex() {
        let table = KeyTable(["nato", "otan", "nato"])
        #expect(table.index(of: "nato") == 0)
        #expect(table.index(of: "otan") == 1)
    }

    @Test func largeKeysAndBridgedSubstringsFindTheSameEntry() {
        let long = String(repeating: "organizzazione-", count: 10)
        let table = KeyTable([long, "sco"])
        #expect(table.index(of: String(long.dropLast(0))) == 0)
        #expect(table.index(of: String("xsco".dropFirst())) == 1)
    }
}
