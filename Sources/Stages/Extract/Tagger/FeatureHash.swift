/// Fixed-seed hashing of the tagger's features (Swift's `Hasher` differs in every process, and
/// the weights file stores these values).
enum FeatureHash {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over scalar values.
    @inline(__always)
    static func scalars(_ buffer: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> UInt64 {
        var h = offset
        for i in range {
            h = (h ^ UInt64(buffer[i])) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Combines two hashes, order-sensitive.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a &+ (b ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        h &*= 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return h
    }

    /// The 32-bit key a feature is stored under; never 0, which marks an empty table slot.
    @inline(__always)
    static func key(_ h: UInt64) -> UInt32 {
        let k = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        return k == 0 ? 1 : k
    }
}
