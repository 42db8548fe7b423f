/// Word lists of the English name patterns, lowercased.
enum EnglishEntityWords {
    /// Titles before a person's name ("President Assad", "spokesman John Kirby").
    static let titles: Set<String> = [
        "president", "minister", "mr", "mrs", "ms", "dr", "sheikh", "general", "gen", "col", "colonel", "commander",
        "spokesman", "spokeswoman", "spokesperson", "leader", "king", "prince", "emir", "sen", "senator", "rep",
        "envoy", "ambassador", "secretary", "chief", "journalist", "activist", "analyst", "mayor", "governor",
        "judge", "lieutenant", "major", "captain", "sergeant", "imam", "cleric", "premier", "chancellor", "queen",
        "pope", "rabbi", "sultan", "director", "professor", "prof", "reporter", "correspondent", "researcher",
    ]

    /// Last words that give a capitalised sequence its type; the word is part of the name.
    static let suffixTypes: [String: EntityMention.Kind] = {
        var table: [String: EntityMention.Kind] = [:]
        for w in [
            "ministry", "army", "forces", "party", "front", "movement", "council", "committee", "brigade", "brigades",
            "union", "group", "organization", "organisation", "authority", "corps", "office", "bank", "company",
            "institute", "university", "coalition", "alliance", "command", "police", "court", "parliament",
            "government", "commission", "foundation", "association", "federation", "observatory", "battalion",
            "militia", "guard", "guards", "department", "assembly", "fund", "program", "programme", "agency",
        ] { table[w] = .organisation }
        for w in [
            "prison", "jail", "airport", "hospital", "camp", "base", "dam", "bridge", "stadium", "crossing", "port",
            "mosque", "church", "palace", "tower", "refinery", "school", "station", "hotel", "airbase", "plant",
        ] { table[w] = .facility }
        for w in [
            "city", "province", "governorate", "district", "street", "square", "river", "mountains", "valley",
            "region", "island", "sea", "gulf", "desert", "village", "county", "lake", "neighbourhood",
            "neighborhood", "town", "state", "countryside",
        ] { table[w] = .place }
        for w in ["times", "post", "news", "herald", "journal", "gazette", "tribune", "daily", "press", "magazine", "tv", "radio", "channel"] {
            table[w] = .publication
        }
        return table
    }()

    /// Nouns before a name that give it a type ("the newspaper al-Watan", "newspaper called X").
    static let typeNouns: [String: EntityMention.Kind] = [
        "newspaper": .publication, "magazine": .publication, "outlet": .publication, "channel": .publication,
        "daily": .publication, "broadcaster": .publication, "agency": .publication, "website": .publication,
        "group": .organisation, "militia": .organisation, "faction": .organisation, "party": .organisation,
        "town": .place, "city": .place, "village": .place, "province": .place, "district": .place,
        "neighbourhood": .place, "neighborhood": .place, "prison": .facility, "camp": .facility,
    ]

    /// Words written with a capital that are no names: sentence openers, months, weekdays.
    static let notNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "some", "new", "in", "on", "at", "for", "from", "by",
        "with", "and", "but", "or", "if", "when", "while", "after", "before", "as", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here", "what", "who", "which",
        "how", "why", "where", "all", "many", "most", "several", "one", "two", "three", "four", "five", "no", "not",
        "yes", "also", "however", "meanwhile", "according", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "breaking", "update", "read", "more", "photo",
        "video", "watch", "thread", "said", "says", "last", "first", "next", "other", "another", "each", "every",
        "such", "only", "just", "even", "still", "so", "then", "now", "today", "yesterday", "tomorrow", "points",
        "information", "highlight", "official", "officials", "people", "local", "sources", "source", "state",
    ]

    /// Lowercase words that may stand inside a name ("Bank of England", "Abu Bakr al-Baghdadi").
    static let connectors: Set<String> = ["of", "al", "bin", "ibn", "el", "for", "de", "du", "von", "van", "abu", "bint"]
}
