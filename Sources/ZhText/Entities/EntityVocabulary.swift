internal import ZhTextData

/// The word lists the entity rules read: suffixes, titles, surnames, the place gazetteer.
///
/// The lists are written for this project (surnames ranked by frequency, suffixes and titles of
/// official prose); the gazetteer is cpca's table of administrative divisions (see NOTICE).
enum EntityVocabulary {
    /// Suffixes that end an organisation's name, longest first where one contains another.
    static let organizationSuffixes: [Keyword] = [
        "股份有限公司", "有限责任公司", "有限公司", "人大常委会", "人民代表大会", "常务委员会", "人民政府", "人民法院",
        "人民检察院", "人民银行", "研究院", "研究所", "研究中心", "实验室", "管委会", "委员会", "办公室", "联合会", "工作局",
        "统计局", "财政局", "税务局", "调查总队", "调查队", "发展改革委", "发改委", "银行", "集团", "公司", "大学", "学院",
        "学校", "中学", "小学", "医院", "中心", "协会", "学会", "商会", "基金会", "法院", "检察院", "日报", "晚报",
        "报社", "电视台", "新闻办", "政协", "人大", "人代会", "党工委", "政府", "分行", "支行", "总队", "海关", "交易所", "联交所",
        "幼儿园", "立法会", "全国代表大会", "代表大会", "参议院", "众议院", "议会", "促进会", "研究会", "同学会", "局", "厅", "部", "委", "社", "所", "处",
    ]

    /// Suffixes that make whatever name-like words come before them a company's name (星芯半导体
    /// 股份有限公司: brands are often common words).
    static let strongOrganizationSuffixes = WordList(["股份有限公司", "有限责任公司", "有限公司"])

    /// Organisation suffixes that need a real name before them: 市政府 and 各部门 name no one body.
    static let genericOrganizationSuffixes = WordList([
        "政府", "人民政府", "中心", "学校", "所", "社", "委", "局", "厅", "部", "处", "公司", "集团",
    ])

    /// Conjunctions inside names of bodies: 经济与管理学院, 人力资源和社会保障局.
    static let nameConjunctions = ScalarSet("和与及")

    /// Single characters meaning a direction, which alone name nothing (东区, 西站).
    static let directions = ScalarSet("东西南北中上下前后内外新老大小")

    /// Words that open national bodies: 全国人民代表大会, 国家统计局.
    static let nationalPrefixes: [Keyword] = ["全国", "国家"]

    /// `divisionSuffixes` of one character, as scalars.
    static let divisionSuffixScalars = ScalarSet("省市县区州旗盟")

    /// Latin words that label a name in bilingual headers and letters (From: 李薇, Dear Michael).
    static let latinLabels: [Keyword] = [
        "From", "To", "Cc", "Bcc", "Dear", "Contact", "Attn", "By", "Editor", "Reporter",
    ]

    /// 中心: a centre, which inside a hospital is a department (县中医院胸痛中心).
    static let centre: Keyword = "中心"

    /// 代表大会: a congress, named by its number alone (第十五次全国代表大会).
    static let congress: Keyword = "代表大会"

    /// 人民政府: a people's government, which a place's short form names too (江澜人民政府).
    static let peoplesGovernment: Keyword = "人民政府"

    /// 政府: a government, a body only when a division's name comes before it.
    static let government: Keyword = "政府"

    /// 简称: an abbreviation of the name before it follows (简称DBIC).
    static let abbreviationMarker: Keyword = "简称"

    /// Last words of organisations' names in English.
    static let latinOrganizationWords: [Keyword] = [
        "Center", "Centre", "Company", "Corporation", "Group", "Bank", "University", "Institute", "Association",
        "Committee",
        "Council", "Agency", "Bureau", "Authority", "Commission", "Organization", "Organisation", "Ministry",
        "Department",
        "Office", "College", "School", "Hospital", "Laboratory", "Fund", "Foundation", "Federation", "Union", "Society",
        "Ltd",
        "Inc", "Limited", "Administration", "Exchange",
    ]

    /// Suffixes of governments, which only a place's name before them makes a name.
    static let governmentSuffixes = WordList(["政府", "人民政府"])

    /// One-character prefixes naming the division whose document it is (市统计局, 县人民医院).
    static let divisionPrefixes = ScalarSet("省市县区镇乡")

    /// The last characters of names of divisions (江澜市, 清澜区, 张堰镇).
    static let divisionEndings = ScalarSet("省市县区州旗盟镇乡")

    /// The last characters of towns, whose villages and communities are written right after them.
    static let townEndings = ScalarSet("镇乡")

    /// Suffixes of named places that no list holds.
    static let placeSuffixes: [Keyword] = [
        "自贸试验区", "经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "新区", "科技城", "新城", "小镇",
        "街道", "产业园", "工业园区", "园区", "片区", "示范区", "商务区", "科学城", "智造园", "软件园", "镇", "乡", "村",
        "湾区", "遗址", "旧址", "水库", "大桥", "港", "火车站", "高铁站", "机场", "江", "河", "湖", "山", "自治州", "自治县",
        "综合保税区", "保税区", "基地", "电站", "会堂", "湿地公园", "公园", "商圈", "街区", "老街", "古镇", "陆港", "自由贸易港",
        "都市圈", "经济圈", "经济带", "集中区", "物流中心", "特别行政区", "大街", "旧居", "故居", "博物馆", "纪念馆", "广场", "站", "省", "市", "县",
        "区", "州", "旗", "盟",
    ]

    /// Place suffixes that only count after a head of at most two characters (张堰镇, 李村, 澜江).
    static let shortHeadPlaceSuffixes = WordList([
        "镇", "乡", "村", "江", "河", "湖", "山", "港", "站", "市", "县", "区", "州", "旗", "盟",
    ])

    /// Suffixes of administrative divisions, whose names are also written without them (江澜市 → 江澜).
    static let divisionSuffixes: [Keyword] = ["自治州", "自治县", "省", "市", "县", "区", "州", "旗", "盟"]

    /// The last characters of place names in the general lexicon that are trusted as places.
    static let placeEndings = ScalarSet("省市县区州镇乡村国江河湖山岛海峡洲")

    /// Words that open no name: prefixes meaning "each", "our", "the whole".
    static let genericHeads: Set<String> = [
        "市", "省", "县", "区", "镇", "乡", "村", "全市", "全省", "全县", "全区", "我市",
        "我省", "我县", "我区", "各", "本", "该", "各级", "有关", "相关", "全国", "国家", "中央", "地方",
    ]

    static let genericHeadScalars = WordList(genericHeads)

    static let organizationSuffixesByLast = KeywordIndex(organizationSuffixes, byLast: true)
    static let placeSuffixesByLast = KeywordIndex(placeSuffixes, byLast: true)
    static let titlesByLast = KeywordIndex(titles, byLast: true)
    static let titlesByFirst = KeywordIndex(titles, byLast: false)
    static let afterNameByFirst = KeywordIndex(afterName, byLast: false)

    /// Common nouns the general lexicon tags as places or organisations.
    static let commonWords: Set<String> = [
        "城镇", "农村", "城市", "城区", "乡村", "城乡", "县城", "市区", "郊区", "山区", "全国", "国内", "国外", "地方", "当地",
        "各地", "本地", "内地", "沿海", "边境", "县委", "市委", "省委", "区委", "党委", "政府", "市政府", "区政府", "县政府",
        "省政府", "镇政府", "乡政府", "海关", "全省", "全市", "全县", "全区", "中央", "基层", "社区", "园区", "景区", "片区",
        "地区", "城中村", "自然村", "行政村", "南北", "东西", "中西部", "东部", "西部", "中部", "东北", "新建", "全市", "全省",
        "全区", "全县", "全镇", "全乡", "全村", "老旧小区", "小区", "示范村", "人民代表大会", "人民政府", "地方政府",
        "港区", "上市", "两岸", "产业园区", "工业园区", "城中", "市县", "县市", "省市", "区县", "乡镇", "镇村", "村镇", "城郊",
        "开发区", "高新区", "新区", "街道", "各区", "各县", "各市", "本市", "本县", "本区", "该市", "该县", "该区", "外地",
        "惠民", "惠企", "便民", "利民", "富民", "太阳", "月亮", "城东", "城西", "城南", "城北", "宜居", "大关", "山海", "河湖",
        "商业银行", "中小银行", "证券交易所", "科研院所", "党政机关", "央行", "研发中心", "基站", "宅基地", "中试基地",
        "卒中中心", "胸痛中心", "中小学", "小学", "中学", "幼儿园", "示范区", "先行区", "集聚区", "美丽乡村", "城市",
        "港澳台", "管委会", "调查总队", "马拉松",
        "两国", "爱国", "外国", "回国", "共和国", "大国", "贵国", "四国", "南国", "开国", "万国", "诸国", "王国", "故国", "第三国",
        "各国", "本国", "出国", "归国", "祖国", "强国", "小国", "邻国", "他国", "两国间", "友谊", "和平", "雪山", "大山", "安宁",
        "美德", "大湖", "古城", "下山", "上山", "红旗", "五星红旗", "温泉", "林区", "山村", "大城市", "大中城市", "龙潭", "高山",
        "都市", "牡丹", "常委", "美丽", "福利", "美好", "安康", "太平", "永安", "长安", "平安", "烟海", "海市", "海岛", "沿海地区",
        "江湖", "江河", "朝天", "开山", "文明村", "文明城市", "天下",
        "民主党派", "公安机关", "行政机关", "检察机关", "审判机关", "党组织", "基层党组织", "企事业单位", "事业单位", "人民法院",
        "人民检察院", "党和政府", "国家主席", "村委会", "居委会", "社会组织", "党支部", "联席会议", "新政府", "合法政府", "宣传部",
        "组织部", "统战部", "纪委", "党委", "党工委", "村两委", "派出所", "公共场所", "信息中心", "外国银行", "财政部门", "老城", "新城", "市场", "上市", "入市",
    ]

    /// Common words ending in a place suffix, which end no name (夜市 in 清澜夜市, 城区 alone).
    static let commonSuffixedWords: [String] = [
        "城市", "超市", "夜市", "股市", "楼市", "上市", "入市", "门市", "集市", "都市", "车市", "菜市", "早市", "县城", "地区",
        "山区", "景区", "校区", "院区", "社区", "园区", "片区", "市区", "郊区", "城区", "湾区", "港区", "小区", "街区", "集镇",
        "城镇", "乡镇", "农村", "乡村", "山村", "渔村", "基站", "车站", "江河", "河湖", "江湖", "高山", "名山", "下乡", "老乡",
    ]
    static let commonSuffixedScalars = WordList(commonSuffixedWords)

    /// Well-known organisations whose names carry no suffix; more can be added to a user lexicon
    /// with the tag `nt`.
    static let wellKnownOrganizationNames: [String] = [
        "人大", "政协", "党中央", "国务院", "中共中央", "全国人大", "全国政协", "中央军委", "新华社", "欧盟", "东盟", "联合国", "北约",
        "世贸组织", "世界贸易组织", "世界银行", "亚投行", "国际货币基金组织", "世界卫生组织", "亚太经合组织", "上海合作组织",
        "上合组织", "二十国集团", "七国集团", "欧佩克", "红十字会", "国际奥委会", "奥委会", "民革", "民盟", "民建", "民进",
        "农工党", "致公党", "九三学社", "台盟", "全国工商联", "共青团", "团中央", "全国妇联", "全国总工会",
        "总工会", "解放军", "武警", "WTO", "WHO", "IMF", "APEC", "OPEC", "NATO", "OECD", "ASEAN", "UN", "EU", "IOC",
    ]
    static let wellKnownOrganizations = WordList(wellKnownOrganizationNames)

    /// Regions and countries named without a place suffix, whatever the lexicon's tag.
    static let regionNames: [String] = [
        "京津冀", "长三角", "珠三角", "粤港澳", "亚太", "中华", "大陆", "华北", "华东", "华南", "华中", "岭南", "江南", "东南亚", "中东", "北美",
        "南美", "欧洲", "亚洲", "非洲", "拉美", "大洋洲", "丝绸之路", "丝路", "中亚", "西亚", "南亚", "东亚", "北欧", "东欧", "西欧",
        "中国", "美国", "英国", "法国", "德国", "日本", "韩国", "俄罗斯", "印度", "新加坡", "澳大利亚", "加拿大", "香港", "澳门", "台湾",
        "朝鲜", "越南", "老挝", "柬埔寨", "缅甸", "泰国", "马来西亚", "印度尼西亚", "菲律宾", "蒙古", "巴基斯坦", "阿富汗", "伊朗",
        "伊拉克", "叙利亚", "以色列", "埃及", "南非", "尼日利亚", "肯尼亚", "埃塞俄比亚", "芬兰", "挪威", "丹麦", "冰岛", "爱尔兰",
        "乌克兰", "白俄罗斯", "哈萨克斯坦", "土库曼斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "苏联", "南斯拉夫", "捷克",
        "匈牙利", "罗马尼亚", "保加利亚", "阿根廷", "智利", "秘鲁", "古巴", "新西兰", "孟加拉国", "斯里兰卡", "尼泊尔", "沙特阿拉伯",
        "科威特", "卡塔尔", "阿联酋", "约旦", "黎巴嫩", "利比亚", "突尼斯", "阿尔及利亚", "摩洛哥", "苏丹", "扎伊尔", "赞比亚",
        "津巴布韦", "坦桑尼亚", "莫桑比克", "安哥拉", "马拉维", "委内瑞拉", "哥伦比亚", "乌拉圭", "巴拉圭", "玻利维亚", "厄瓜多尔",
    ]
    static let regions = WordList(regionNames)

    /// One-character names of countries in words about relations between them (中美, 中方).
    static let countryAbbreviations = ScalarSet("中美日俄英法德意韩朝越印澳加巴泰蒙")

    /// Words of country characters that are not two countries (中美洲 is written 中美 洲).
    static let notBilateral = WordList(["中英文", "中法律", "中日子", "中加工", "中德行"])

    /// Verbs of visiting or staying before a one-character place (访华, 驻美, 在京).
    static let visitVerbs = ScalarSet("访来驻在离抵赴旅返")

    /// One-character places after a verb of visiting (华: China, 京: Beijing).
    static let visitedPlaces = ScalarSet("华美京俄日英法德")

    /// Verbs and words after which a foreign name is a place (抵达波士顿, 本报莫斯科电).
    static let placeVerbs = WordList([
        "抵", "抵达", "到达", "飞抵", "访问", "离开", "离", "在", "从", "到", "赴", "前往", "来到", "途经", "经", "本报", "驻", "至",
        "位于", "返回", "回到", "出访", "访", "去", "往", "于", "来自", "发自",
    ])

    /// Characters around the number of an ordinal: 第, 届, 次.
    static let ordinalMarkers = ScalarSet("第届次")

    /// Endings after a region's name that are not part of it (亚太地区 → 亚太, 东亚各国 → 东亚).
    static let regionTails: [Keyword] = ["地区", "各国"]

    /// 特别行政区: a region the lexicon tags as an organisation (香港特别行政区).
    static let specialRegion: Keyword = "特别行政区"

    /// Congresses and conferences that a division's one-character prefix names (市人大, 县政协).
    static let congressBodies: [Keyword] = ["人大常委会", "人大", "政协", "人代会"]

    /// One-character abbreviations of places that join into one name (日韩, 港澳台, 沪苏浙皖).
    static let placeAbbreviations = ScalarSet("日韩欧美港澳台臺沪苏浙皖京津冀粤闽赣湘鄂川渝陕甘晋鲁豫辽吉黑桂琼滇黔藏俄英法德")

    /// Characters of transliterated foreign names (克林顿, 洛杉矶, 芬兰): a name of two or more of
    /// them that the lexicon tags as a person or a place is one.
    static let transliteration = ScalarSet(
        "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕边波玻伯勃博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲斐费芬丰佛弗福盖甘冈戈哥格"
            + "根贡古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加伽贾杰捷金京卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里理立丽利莉列林琳"
            + "留隆卢鲁陆路伦罗洛马玛迈麦曼芒梅美蒙孟米密明摩莫默姆穆那纳娜奈南内尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐契乔切琴琼丘屈"
            + "让热日荣瑞若萨塞赛桑瑟森沙莎山尚舍申什施史士斯松苏索塔泰坦汤唐特提廷通图托瓦万旺威韦维温文沃乌西希锡夏谢辛休许雅亚扬"
            + "耶伊依因英尤于约扎詹哲珍朱兹卓佐茨芝顿夫娃逊迈杰芙茜妮伍嘉迦喀寇乐黎连吕门拿乃聂培恰秦茹撒善绍圣舒土武席肖章宗则孜鼎福杉矶"
            + "斐罕赞契玛霍惠缪恰卜佳笛蒂苔娅雅亨翰蕾琪莎薇汀"
    )

    /// Countries and regions the general lexicon tags as places without a place ending.
    static let countries = WordList(countryNames)

    static let countryNames: [String] = [
        "日本", "韩国", "朝鲜", "新加坡", "香港", "澳门", "台湾", "臺灣", "欧洲", "亚洲", "非洲", "北美", "南美", "东南亚",
        "中东", "俄罗斯", "印度", "越南", "泰国", "马来西亚", "印度尼西亚", "澳大利亚", "新西兰", "加拿大", "巴西", "墨西哥",
        "阿联酋", "沙特", "土耳其", "意大利", "西班牙", "荷兰", "瑞士", "瑞典", "比利时", "奥地利", "波兰", "葡萄牙", "希腊",
        "北京", "上海", "天津", "重庆", "南京", "杭州", "广州", "深圳", "武汉", "成都", "西安", "长三角", "珠三角", "京津冀",
    ]

    /// Common words and generic heads as scalars, for lookups without building strings.
    static let commonScalars = WordList(commonWords.union(genericHeads))

    /// Endings of region names the domain lexicon tags nz (成渝地区双城经济圈, 长江经济带, 黄河流域).
    static let regionEndings: [Keyword] = ["经济圈", "经济带", "流域", "大湾区", "三角", "城市群"]

    /// Titles and roles written next to people's names.
    static let titles: [Keyword] = [
        "责任编辑", "通讯员", "董事长", "总经理", "副市长", "副省长", "副县长", "副区长", "副主任", "副局长", "研究员", "负责人",
        "市长", "省长", "县长", "区长", "镇长", "乡长", "村长", "总理", "书记", "主任", "局长", "处长", "厅长", "部长",
        "主席", "院长", "校长", "经理", "记者", "编辑", "代表", "委员", "教授", "专家", "司长", "署长", "行长", "所长",
        "发言人", "主持人", "总工程师", "工程师", "总裁", "创始人", "秘书长", "理事长", "会长", "校对", "摄影", "主编",
        "联系人", "发件人", "收件人", "抄送", "实习生", "审核", "审稿", "撰稿", "作者", "签发", "总队长", "队长", "站长", "首席",
        "分析师", "经济学家", "研究员", "副研究员", "讲师", "博士", "院士", "局長", "記者", "編輯",
        "助理", "参谋长", "上将", "中将", "少将", "将军", "大使", "外长", "副部长", "总统", "副总统", "首相", "国王", "总书记",
        "委员长", "副主席", "法官", "律师", "医生", "教练", "导演", "演员", "作家", "画家", "诗人", "歌手", "艺术家", "科学家",
        "学者", "司令员", "政委", "大法官", "议员", "议长", "特首", "行政长官", "首席执行官", "董事",
    ]

    /// Honorifics after a surname, which make no name (陈女士, 刘师傅, 张某).
    static let honorifics: [Keyword] = [
        "女士", "先生", "师傅", "老师", "大姐", "大哥", "大爷", "阿姨", "大妈", "老板", "小姐", "某某", "某", "总",
    ]

    /// Words that follow a person's name.
    static let afterName: [Keyword] = [
        "同志", "表示", "介绍", "指出", "说", "认为", "强调", "透露", "告诉", "坦言", "提到", "谈到", "称", "通报", "主持",
        "会见", "接见", "出席", "签署", "宣布", "致电", "致函", "看望", "视察", "考察", "讲话", "回忆", "问", "答",
        "在致辞", "致辞",
    ]

    /// Chinese surnames, the most frequent first; compound surnames are listed apart.
    static let surnames = ScalarSet(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
            + "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
            + "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
            + "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙"
            + "荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜阚花权"
            + "强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜"
            + "印逯隆茹诸战慕危玉银亢嵇公湛宾戎勾茅利呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭邵习"
    )

    static let compoundSurnames: [Keyword] = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "南宫",
    ]

    static let compoundSurnameFirsts = ScalarSet(compoundSurnames.map { $0.scalars[0] })

    /// Characters that never belong to a name: function words and common verbs of official prose.
    static let nonNameCharacters = ScalarSet(
        "的了和与及在对为等是将把被从向由于同并或也都而所之其这那每各该本有无不要已个份项名位次批件家座条处全共约近超多余年月日号")

    /// Single characters that open a clause rather than a name: verbs and prepositions met right
    /// before names of bodies (请市政协, 受市人民政府委托, 据市统计局, 经省政府批准).
    static let headStops = ScalarSet("讯电以请受据经待占但末自让使给跟到至若如即因凡除随沿按照代办理争及再还又就才仅只均皆即")

    /// Digits of ordinals and session numbers (第十七届, 第2).
    static let ordinalDigits = ScalarSet("一二三四五六七八九十百零〇两0123456789")

    /// The place gazetteer: China's administrative divisions and their short forms.
    static let places: FlatTrie = {
        var size = 0
        let bytes = zhtext_place_lexicon(&size)!
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        var words: [(scalars: [UInt16], logProb: Float32, tag: String?)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let name = line.split(separator: " ").first else { continue }
            words.append((Array(name.utf16), -1, "ns"))
        }
        return FlatTrie(words: words)
    }()
}
