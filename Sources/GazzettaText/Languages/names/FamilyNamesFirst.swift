/// Family names of the cultures that write them before the given name (Chinese, Korean, Vietnamese): in
/// *Zhang Wei* or *Kim Sung-han* the first word is the surname a later mention repeats (*Zhang ha detto*).
/// Shared by every language; the most frequent family names, romanised as news writes them.
public enum FamilyNamesFirst {
    /// The names as written.
    public static let all: Set<String> = [
        // Chinese (pinyin), the commonest surnames.
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
        "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
        "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng",
        "Wei", "Su", "Ding", "Ren", "Lu", "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Liao", "Qin", "Xi", "Bai",
        "Fu", "Lü", "Kong", "Mao", "Qian", "Shi", "Hou", "Wen",
        // Korean.
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon",
        "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Ban", "Nam", "Roh", "Chung",
        // Vietnamese.
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong",
    ]

    /// Whether `word`, as written, is a family name written first.
    public static func contains(_ word: String) -> Bool { all.contains(word) }
}
