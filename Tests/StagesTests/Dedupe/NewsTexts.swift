/// News paragraphs written for these tests (not taken from any site): long enough that
/// MinHash estimates behave as they do on real articles.
enum NewsTexts {
    static let floodArabic = """
        أعلنت وزارة الداخلية صباح اليوم الأحد عن ارتفاع عدد ضحايا السيول التي اجتاحت عدداً من القرى \
        في المحافظات الجنوبية إلى سبعة عشر شخصاً، بينهم أربعة أطفال، فيما لا يزال فريق الإنقاذ يبحث \
        عن ثلاثة مفقودين جرفتهم المياه أثناء محاولتهم عبور أحد الأودية بسيارتهم مساء الجمعة. وقال \
        المتحدث باسم الدفاع المدني في مؤتمر صحفي عقده في مقر غرفة العمليات المركزية إن الأمطار \
        الغزيرة التي هطلت خلال ست ساعات فقط تجاوزت المعدل السنوي المعتاد في بعض المناطق، وإن \
        فرق الإنقاذ تمكنت من إجلاء أكثر من ألفي عائلة من منازلها إلى مدارس ومبان حكومية خصصت \
        لإيوائهم بصورة مؤقتة. وأضاف أن الطرق الرئيسية التي تربط المحافظات الجنوبية بالعاصمة ما زالت \
        مغلقة جزئياً بسبب الانهيارات الترابية، وأن الجسر القديم فوق الوادي الكبير تعرض لأضرار بالغة \
        تستدعي إغلاقه أمام حركة الشاحنات حتى يفحصه المهندسون. من جهتها أعلنت وزارة الصحة رفع درجة \
        الاستعداد في المستشفيات القريبة من المناطق المنكوبة، وأرسلت قوافل طبية تحمل أدوية ولقاحات \
        تحسباً لانتشار الأمراض المرتبطة بتلوث مياه الشرب. وقال مدير مستشفى المدينة الجنوبية إن \
        المستشفى استقبل منذ مساء الجمعة نحو ستين مصاباً معظمهم يعانون من كسور ورضوض وحالات اختناق، \
        وإن حالة خمسة منهم ما زالت حرجة. وفي القرى المتضررة تحدث السكان عن ليلة صعبة قضوها على \
        أسطح المنازل بانتظار وصول القوارب، وقال أحد المزارعين إن المياه أتلفت محصول القمح بالكامل \
        ونفقت عشرات الرؤوس من الماشية، مطالباً الحكومة بتعويض المتضررين قبل بداية الموسم الزراعي \
        المقبل. وأعلن رئيس الوزراء في بيان نشر على الموقع الرسمي للحكومة تشكيل لجنة وزارية لحصر \
        الأضرار وتقديم مساعدات عاجلة للأسر التي فقدت منازلها، كما وجه بتخصيص مبلغ خمسين مليون \
        دينار لإعادة تأهيل البنية التحتية في المناطق المتضررة. وحذرت هيئة الأرصاد الجوية من موجة \
        جديدة من الأمطار الرعدية متوقعة مساء الثلاثاء، ودعت المواطنين إلى الابتعاد عن مجاري الأودية \
        وعدم المجازفة بعبورها، مشيرة إلى أن كميات الأمطار المتوقعة قد تكون أقل من الموجة السابقة \
        لكنها قد تسبب جرياناً جديداً للسيول في التربة المشبعة بالمياه. ويقول خبراء في إدارة الموارد \
        المائية إن ضعف شبكات تصريف المياه في المدن الصغيرة وتوسع البناء العشوائي في مجاري الأودية \
        يفاقمان آثار مثل هذه العواصف التي أصبحت أكثر تكراراً في السنوات الأخيرة.
        """

    static let harbourEnglish = """
        The city council voted late on Tuesday to approve a long-delayed plan to rebuild the old \
        harbour district, ending more than a decade of disputes between residents, fishing \
        cooperatives and developers over the future of the waterfront. The plan, which passed by \
        nine votes to four after a six-hour session, sets aside almost a third of the reclaimed \
        land for public parks and a new fish market, while allowing private companies to build \
        apartments and offices on the remaining plots under strict height limits. Council members \
        who supported the proposal said it struck a fair balance between the need for housing and \
        the wish to keep the harbour open to everyone. Opponents argued that the rents expected in \
        the new buildings would push out the families who have lived in the narrow streets behind \
        the docks for generations. The mayor told reporters after the vote that construction of the \
        sea wall would begin in the spring and that the first public spaces could open within three \
        years, provided the national government releases the infrastructure grant it promised last \
        autumn. The fishing cooperative, which represents about two hundred boat owners, said it \
        would study the final text before deciding whether to challenge the decision in court. Its \
        chairman said members were relieved that the new market would be built next to the existing \
        moorings, but worried that years of construction would disrupt their work during the peak \
        sardine season. Environmental groups welcomed the commitment to restore the salt marsh at \
        the northern end of the bay, which had been filled with rubble in the nineteen seventies, \
        but warned that dredging the channel for larger ships could damage the seagrass beds that \
        shelter young fish. An independent study commissioned by the council estimated that the \
        project would create around four thousand jobs during construction and about one thousand \
        permanent posts once the district is complete. The total cost is put at just under two \
        billion, most of it to be paid by the developers selected through a public tender that is \
        expected to open in March. Residents who attended the meeting applauded when the council \
        added an amendment requiring that one in five new homes be offered at controlled rents.
        """

    static let budgetEnglish = """
        The finance minister presented next year's budget to parliament on Monday, promising to \
        cut the deficit by a full percentage point while raising spending on schools and hospitals. \
        Speaking for almost two hours, the minister said higher revenue from a reformed sales tax \
        and a crackdown on customs fraud would pay for most of the new commitments, and that the \
        government would freeze the hiring of civil servants except in health and education. The \
        opposition described the figures as wishful thinking, pointing out that the previous two \
        budgets had both missed their deficit targets by a wide margin. Economists at the central \
        bank said the growth forecast of three and a half percent looked optimistic given the slow \
        recovery of exports and the rising cost of imported fuel. The budget includes a new \
        programme of subsidised loans for small businesses, a rise in the minimum pension, and \
        funds to finish the long-delayed railway line to the eastern provinces. Teachers' unions \
        welcomed the pay increase for junior staff but said it did not make up for years of \
        inflation, and threatened to strike if the government did not reopen talks on allowances. \
        Parliament is expected to vote on the budget before the end of the month after committee \
        hearings in which ministers will defend their departments' plans line by line.
        """
}
