extension NormalizeStage {
    public struct Options: StageOptions {
        /// Which weekday, month or yearless date a text means when it does not say: "past"
        /// (the last one, as news reads them; a bare weekday may be the publication day itself)
        /// or "future" (the next one, strictly after the publication day, as Duckling reads them).
        public var prefer: String = "past"
        /// Remove tatweel (ـ) from `text` before annotating: "جـــيش" becomes "جيش".
        public var removeTatweel: Bool = false
        /// Remove Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef) from `text`.
        public var removeDiacritics: Bool = false
        /// Fold letters in `text`: أ إ آ ٱ to ا, ى to ي, ة to ه (one scalar for one scalar).
        public var foldLetters: Bool = false
        /// Apply NFKC to `text` when it holds Arabic presentation forms ("ﻻ" becomes "لا").
        public var nfkc: Bool = false

        public init() {}

        enum CodingKeys: String, CodingKey {
            case prefer
            case removeTatweel = "remove_tatweel"
            case removeDiacritics = "remove_diacritics"
            case foldLetters = "fold_letters"
            case nfkc
        }
    }

    /// An option with a value the stage does not accept; the runner reports it as a config error.
    public struct OptionError: Error, Equatable, CustomStringConvertible {
        public var option: String
        public var value: String
        public var allowed: [String]

        public var description: String { "\(key): \(message)" }
    }
}

extension NormalizeStage.OptionError: StageConfigProblem {
    public var key: String { option }
    public var message: String { "\"\(value)\" is not one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))" }
    public var isTopLevel: Bool { false }
}
