/// Words that announce a name of some kind next to them: a title before a person (الرئيس),
/// a type word that opens an organisation (وزارة), a place (مدينة) or a facility (مطار).
/// Written for this tagger from general knowledge of Arabic and English news; compared on the
/// folded word without its article, so الرئيس and رئيس are one entry.
enum TaggerCueWords {
    enum Cue: UInt8 {
        case none = 0, title, organisation, place, facility
    }

    static let title = [
        "رئيس", "رئيسة", "وزير", "وزيرة", "شيخ", "سيد", "سيدة", "دكتور", "دكتورة", "ملك", "ملكة", "أمير",
        "أميرة", "إمام", "نائب", "عميد", "لواء", "عقيد", "عماد", "جنرال", "متحدث", "ناطق", "كاتب", "كاتبة",
        "شاعر", "شاعرة", "فنان", "فنانة", "لاعب", "لاعبة", "مدرب", "قاضي", "مستشار", "سفير", "سفيرة", "حاج",
        "أستاذ", "أستاذة", "مطران", "بطريرك", "سلطان", "مبعوث", "مراسل", "مدير", "مديرة", "محافظ", "زعيم",
        "قائد", "نجم", "الشهيد", "شهيد", "المرحوم", "مرحوم", "عاهل", "ولي", "خليفة", "بابا",
        "mr", "mrs", "ms", "dr", "president", "minister", "king", "queen", "prince", "sheikh", "general",
        "senator", "governor", "pope",
    ]
    static let organisation = [
        "شركة", "وزارة", "جامعة", "منظمة", "حزب", "حركة", "مجلس", "هيئة", "جمعية", "بنك", "مصرف", "وكالة",
        "صحيفة", "جريدة", "قناة", "نادي", "نادى", "اتحاد", "مؤسسة", "مجموعة", "جبهة", "تنظيم", "لجنة",
        "محكمة", "برلمان", "حكومة", "رابطة", "نقابة", "معهد", "مركز", "مديرية", "دائرة", "كلية", "أكاديمية",
        "جيش", "قوات", "ميليشيا", "صندوق", "بورصة", "إذاعة", "مجلة", "company", "ministry", "university",
        "party", "council", "agency", "bank", "association", "union", "institute", "foundation", "group",
        "corporation", "inc", "ltd", "news", "times",
    ]
    static let place = [
        "مدينة", "محافظة", "ولاية", "دولة", "قرية", "بلدة", "إقليم", "منطقة", "عاصمة", "جزيرة", "نهر", "جبل",
        "بحر", "حي", "مخيم", "قضاء", "ناحية", "بلدية", "شارع", "ضاحية", "وادي", "صحراء", "سهل", "خليج",
        "شبه", "جمهورية", "مملكة", "إمارة", "city", "province", "state", "village", "county", "region",
        "river", "island", "republic", "kingdom",
    ]
    static let facility = [
        "مطار", "مستشفى", "ميناء", "مسجد", "جامع", "كنيسة", "سجن", "ملعب", "فندق", "جسر", "قاعدة", "معبر",
        "مبنى", "قصر", "سد", "برج", "مصنع", "محطة", "مدرسة", "متحف", "قلعة", "airport", "hospital", "port",
        "mosque", "church", "prison", "stadium", "hotel", "bridge", "base", "museum", "tower", "station",
    ]

    /// Folded-word hash → cue, an open-addressing table of 1,024 slots (a Dictionary hashes
    /// its key again, per token).
    static let table = CueTable(lists: [(title, .title), (organisation, .organisation), (place, .place), (facility, .facility)])

    struct CueTable: Sendable {
        private var hashes = [UInt64](repeating: 0, count: 1024)
        private var cues = [Cue](repeating: .none, count: 1024)

        init(lists: [([String], Cue)]) {
            for (words, cue) in lists {
                for word in words {
                    let folded = word.unicodeScalars.compactMap { TaggerFolding.fold($0.value) }
                    let hash = folded.withUnsafeBufferPointer { FeatureHash.scalars($0, 0..<$0.count) }
                    var slot = Int(hash >> 54)
                    while hashes[slot] != 0 && hashes[slot] != hash { slot = (slot + 1) & 1023 }
                    if hashes[slot] == 0 { hashes[slot] = hash; cues[slot] = cue }
                }
            }
        }

        @inline(__always)
        func cue(_ hash: UInt64) -> Cue {
            var slot = Int(hash >> 54)
            while true {
                let h = hashes[slot]
                if h == hash { return cues[slot] }
                if h == 0 { return .none }
                slot = (slot + 1) & 1023
            }
        }
    }
}
