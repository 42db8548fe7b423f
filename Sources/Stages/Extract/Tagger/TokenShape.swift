/// What a token looks like, for features that generalise over words never seen.
enum TokenShape: UInt8, Sendable {
    case arabic = 1
    /// Latin letters, first one upper case (Paris, McDonald).
    case capitalized
    /// Two or more Latin letters, all upper case (UN, NATO).
    case allCaps
    case lowerLatin
    case digits
    /// Letters mixed with digits, or letters of another script.
    case mixed
    case punctuation

    /// The shape of a token from what its scanner counted.
    static func of(
        arabic: Int, upper: Int, lower: Int, digits: Int, other: Int, firstUpper: Bool, punctuation: Bool
    ) -> TokenShape {
        if punctuation { return .punctuation }
        let latin = upper + lower
        if digits > 0 { return arabic + latin + other == 0 ? .digits : .mixed }
        if arabic > 0 { return latin + other == 0 ? .arabic : .mixed }
        if latin > 0, other == 0 {
            if upper >= 2 && lower == 0 { return .allCaps }
            return firstUpper ? .capitalized : .lowerLatin
        }
        return .mixed
    }
}
