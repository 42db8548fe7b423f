/// The tagger's weights, ready to score: one Int16 weight per (feature, tag) in an
/// open-addressing table keyed by the feature's 32-bit key, and Int16 tag-transition weights.
/// A slot is 16 UInt16s (32 bytes): the key's low and high halves, then the tag weights, so a
/// lookup touches one cache line. Most lookups are of features the model never kept: a bit
/// filter of 16 bits per feature (one bit each, ~6% false hits), small enough to stay in the
/// cache, turns most of them away before the table is touched.
/// Made once from the bytes `TaggerModelFile` writes; never changed after.
struct TaggerModel: Sendable {
    let tags: TaggerTagSet
    /// The real value of one weight unit, so that scores read as the trained weights.
    let quantum: Double
    /// `transitions[previous * T + tag]`; `previous == T` is the start of the text.
    let transitions: [Int32]
    private let slots: [UInt16]
    private let mask: Int
    private let filter: [UInt64]
    private let filterShift: UInt32
    private let shift: UInt32
    static let slotWidth = 16
    let featureCount: Int

    init(tags: TaggerTagSet, quantum: Double, transitions: [Int32], rows: [(key: UInt32, weights: [Int16])]) {
        let t = tags.count
        var bits: UInt32 = 4
        while (1 << bits) * 3 < rows.count * 4 { bits += 1 }
        var filterBits: UInt32 = 6
        while (1 << filterBits) < rows.count * 16 { filterBits += 1 }
        let filterShift = 32 - filterBits
        var filter = [UInt64](repeating: 0, count: 1 << Int(filterBits - 6))
        for row in rows {
            let bit = Int((row.key &* 0x85EB_CA77) >> filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        let capacity = 1 << Int(bits)
        precondition(t <= Self.slotWidth - 2)
        var slots = [UInt16](repeating: 0, count: capacity * Self.slotWidth)
        let shift = 32 - bits
        func key(at slot: Int) -> UInt32 {
            UInt32(slots[slot * Self.slotWidth]) | UInt32(slots[slot * Self.slotWidth + 1]) << 16
        }
        for row in rows {
            var slot = Int((row.key &* 0x9E37_79B1) >> shift)
            while key(at: slot) != 0 && key(at: slot) != row.key { slot = (slot + 1) & (capacity - 1) }
            let base = slot * Self.slotWidth
            slots[base] = UInt16(truncatingIfNeeded: row.key)
            slots[base + 1] = UInt16(truncatingIfNeeded: row.key >> 16)
            for (j, w) in row.weights.enumerated() { slots[base + 2 + j] = UInt16(bitPattern: w) }
        }
        self.tags = tags
        self.quantum = quantum
        self.transitions = transitions
        self.slots = slots
        self.filter = filter
        self.filterShift = filterShift
        mask = capacity - 1
        self.shift = shift
        featureCount = rows.count
    }

    /// Emission scores into `scores` (`T` per token, cleared first): the sum of the weights
    /// of each token's `TaggerFeatures.perToken` features.
    func emissions(_ featureKeys: UnsafeBufferPointer<UInt32>, tokens n: Int, into scores: UnsafeMutableBufferPointer<Int32>) {
        let t = tags.count
        let k = TaggerFeatures.perToken
        let width = Self.slotWidth
        for i in 0..<(n * t) { scores[i] = 0 }
        slots.withUnsafeBufferPointer { table in
          filter.withUnsafeBufferPointer { filter in
            for i in 0..<n {
                let row = i * t
                for j in (i * k)..<(i * k + k) {
                    let key = featureKeys[j]
                    let bit = Int((key &* 0x85EB_CA77) >> filterShift)
                    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                    let low = UInt16(truncatingIfNeeded: key), high = UInt16(truncatingIfNeeded: key >> 16)
                    var slot = Int((key &* 0x9E37_79B1) >> shift)
                    while true {
                        let base = slot &* width
                        let a = table[base], b = table[base &+ 1]
                        if a == low && b == high {
                            for y in 0..<t { scores[row &+ y] &+= Int32(Int16(bitPattern: table[base &+ 2 &+ y])) }
                            break
                        }
                        if a == 0 && b == 0 { break }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
          }
        }
    }
}
