/// A read-only table from Arabic word keys to values.
///
/// Recognizers look up every reading of every Arabic word in a dozen tables; with Dictionary
/// the SipHash of each lookup cost more than the rest of the stage. This table probes with a
/// multiplicative hash of the packed key instead, which is safe for fixed, trusted word lists.
struct ArabicWordTable<Value: Sendable>: Sendable {
    /// Packed keys by slot; 0 marks an empty slot (a key's bits are never 0).
    private var slots: [UInt64]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int

    init(_ entries: [(ArabicWordKey, Value)]) {
        var capacity = 8
        while capacity < 2 * entries.count { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        mask = capacity - 1
        for (key, value) in entries {
            var i = slot(key.bits)
            while slots[i] != 0 && slots[i] != key.bits { i = (i + 1) & mask }
            slots[i] = key.bits
            values[i] = value
        }
    }

    subscript(key: ArabicWordKey) -> Value? {
        var i = slot(key.bits)
        while slots[i] != 0 {
            if slots[i] == key.bits { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private func slot(_ bits: UInt64) -> Int {
        Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// A read-only set of Arabic word keys (see `ArabicWordTable`).
struct ArabicWordSet: Sendable {
    private let table: ArabicWordTable<Bool>

    init(_ keys: [ArabicWordKey]) {
        table = ArabicWordTable(keys.map { ($0, true) })
    }

    func contains(_ key: ArabicWordKey) -> Bool {
        table[key] != nil
    }
}
