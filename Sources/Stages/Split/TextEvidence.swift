/// What one text shows: letters by script, distinctive marks, and summed model weights.
struct TextEvidence {
    var latinLetters = 0
    var arabicLetters = 0
    var otherLetters = 0
    var letters: Int { latinLetters + arabicLetters + otherLetters }
    /// Sum of Arabic weights over Arabic-script words.
    var arabicSum = 0
    var arabicWords = 0
    /// Latin-script words: all of them, and those not capitalised after the first word (names
    /// are capitalised, and an English name says nothing of the sentence around it).
    var latin = LatinTally()
    var commonLatin = LatinTally()
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

/// Latin-script words of a text and what the English model makes of them.
struct LatinTally {
    /// Sum of the English model's weights over the words.
    var englishSum = 0
    /// Words, and those of them in the model's English vocabulary.
    var words = 0
    var englishWords = 0
    /// The same for words of three letters or more.
    var longWords = 0
    var englishLongWords = 0

    mutating func add(sum: Int, long: Bool, english: Bool) {
        englishSum += sum
        words += 1
        if long { longWords += 1 }
        if english {
            englishWords += 1
            if long { englishLongWords += 1 }
        }
    }
}
