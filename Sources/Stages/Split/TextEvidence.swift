/// What one text shows: letters by script, distinctive marks, and summed model weights.
struct TextEvidence {
    var latinLetters = 0
    var arabicLetters = 0
    var otherLetters = 0
    var letters: Int { latinLetters + arabicLetters + otherLetters }
    /// Sum of English weights over Latin-script words, of Arabic weights over Arabic-script words.
    var englishSum = 0
    var arabicSum = 0
    var arabicWords = 0
    /// Latin-script words, and those of them in the model's English vocabulary.
    var latinWords = 0
    var englishWords = 0
    /// The same for words of three letters or more.
    var latinLongWords = 0
    var englishLongWords = 0
    /// Letters Arabic lacks (ScriptLetters.nonArabic), and the Arabic weight of the word holding the first.
    var distinctiveLetters = 0
    var distinctiveWordSum = 0
    /// The same word's weight with that letter read as its Arabic twin (ک as ك, ی as ي…).
    var foldedWordSum = 0
    /// Latin letters with accents (precomposed or combining): rare in English, common in Yoruba or Vietnamese.
    var accentedLatin = 0
    var joiners = 0
    var persianDigitRuns = 0
}
