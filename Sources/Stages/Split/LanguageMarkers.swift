/// Frequent short words, the cheapest strong evidence of a language. Lists are our own.
enum LanguageMarkers {
    /// Words of a text: runs of letters, apostrophes inside words kept.
    static func words(of text: String) -> [Substring] {
        text.split { !($0.isLetter || $0 == "'") }
    }

    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "it",
        "from", "this", "be", "are", "were", "have", "has", "had", "not", "but", "they", "which", "or",
        "an", "their", "been", "who", "will", "would", "its", "said", "after", "about", "more", "than",
        "there", "when", "what", "into", "over", "also", "these", "two", "some", "could", "other", "we",
        "he", "she", "his", "her", "him", "them", "our", "you", "your", "my", "i", "me", "do", "does",
        "did", "can", "should", "may", "might", "must", "all", "any", "out", "up", "if", "so", "no",
        "just", "only", "how", "why", "where", "while", "because", "through", "between", "against",
        "under", "during", "before", "being", "those", "such", "here", "very", "new", "people", "year",
        "years", "says", "according", "government", "killed", "attack", "it's",
        "don't", "didn't", "isn't", "what's", "that's", "there's", "yesterday", "today", "week", "police",
    ]

    /// Function words of Latin-script languages often confused with English: French, Spanish,
    /// Portuguese, Italian, German, Dutch, Turkish, Indonesian/Malay, Swahili, Kurmanji, Tagalog.
    static let latinOther: Set<String> = [
        // French
        "le", "la", "les", "des", "du", "une", "et", "est", "dans", "pour", "pas", "que", "qui", "sur",
        "avec", "sont", "mais", "ou", "au", "aux", "ce", "cette", "il", "elle", "nous", "vous", "ils",
        "être", "été", "avait", "leur", "par", "plus", "comme", "ont", "lui", "sans", "selon", "entre",
        // Spanish and Portuguese
        "el", "los", "las", "del", "y", "en", "es", "por", "con", "una", "para", "se", "su", "lo", "como",
        "pero", "sus", "fue", "ha", "muy", "más", "ya", "todo", "esta", "este", "dos", "também", "não",
        "em", "um", "uma", "os", "as", "ao", "foi", "são", "mas", "pelo", "pela", "seu", "sua",
        // Italian
        "di", "che", "non", "della", "delle", "degli", "sono", "anche", "alla", "gli", "nel", "nella",
        // German and Dutch
        "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den", "dem",
        "von", "zu", "auch", "wird", "sind", "het", "een", "van", "niet", "zijn", "voor", "ook", "maar",
        // Turkish
        "ve", "bir", "bu", "da", "de", "ile", "için", "çok", "olarak", "daha", "gibi", "ama", "sonra", "kadar",
        // Indonesian and Malay
        "dan", "yang", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
        "juga", "ke", "adalah", "bahwa", "oleh", "mereka", "sudah", "telah",
        // Swahili
        "na", "wa", "kwa", "za", "katika", "ni", "kama", "hii", "huo", "lakini", "sana",
        // Kurmanji Kurdish
        "û", "ku", "bi", "jî", "ji", "li", "ew", "vê", "wê", "çi", "min", "te", "me", "hûn", "ev",
        // Tagalog
        "ang", "ng", "sa", "mga", "ay", "naman", "siya", "hindi",
    ]

    static let arabic: Set<Substring> = [
        "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "التي", "الذي", "الذين", "هذا", "هذه",
        "ذلك", "تلك", "كان", "كانت", "قد", "لقد", "لا", "لم", "لن", "ما", "هو", "هي", "هم", "بعد", "قبل",
        "حتى", "أو", "أي", "كل", "بين", "عند", "فيه", "فيها", "منذ", "حيث", "وقد", "وفي", "ومن", "كما",
        "أنه", "أنها", "إنه", "عليه", "عليها", "إلا", "ذات", "وهو", "وهي", "يكون", "تكون", "غير", "نحو",
    ]

    /// Frequent words of Persian, Urdu, Kurdish and Pashto that Arabic does not use.
    static let arabicScriptOther: Set<Substring> = [
        "است", "این", "را", "که", "برای", "با", "از", "می", "های", "یک", "شده", "کرد", "بود", "آن",
        "ہے", "کے", "میں", "کی", "اور", "سے", "کو", "نے", "پر", "یہ", "وہ", "ہیں", "تھا",
        "لە", "بۆ", "کە", "ئەم", "دە", "لەگەڵ", "هەموو",
        "په", "چې", "دا", "ته", "کې",
    ]
}
