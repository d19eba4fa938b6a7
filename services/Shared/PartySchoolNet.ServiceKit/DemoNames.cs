namespace PartySchoolNet.ServiceKit;

/// <summary>The names demo data gives people and villages, shared so every service's demo speaks of the same kind of place.</summary>
public static class DemoNames
{
    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎"];

    public static readonly string[] GivenNames =
        ["建国", "志强", "秀英", "玉兰", "海燕", "振华", "红梅", "立新", "文华", "桂芝", "卫东", "丽娟", "国庆", "俊杰", "晓明", "春生", "德胜", "淑珍", "永刚", "雪梅",
         "明亮", "翠华", "学军", "凤英", "家豪", "思远", "子涵", "宏伟", "金凤", "保国", "长青", "秋菊", "世杰", "玉梅", "新民", "爱华", "广林", "静怡", "传友", "素芳"];

    private static readonly string[] VillageSurnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马", "朱", "胡", "郭", "何", "高", "罗", "郑", "谢"];

    private static readonly string[] VillageSuffixes = ["庄", "集", "营", "湾", "楼", "寨", "岗", "郢", "圩", "桥", "台", "店", "湖", "园"];

    public static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    /// <summary><paramref name="count"/> different village names (王庄, 李集 …) in an order <paramref name="random"/> decides.</summary>
    public static IEnumerable<string> Villages(Random random, int count) =>
        VillageSurnames.SelectMany(s => VillageSuffixes.Select(x => s + x)).OrderBy(_ => random.Next()).Take(count);
}
