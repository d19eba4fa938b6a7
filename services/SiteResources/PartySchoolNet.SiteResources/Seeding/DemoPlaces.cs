using PartySchoolNet.SiteResources.Contracts;

namespace PartySchoolNet.SiteResources.Seeding;

/// <summary>Named places of the demo catalogue (positions approximate): the city's bases and 王家坝's teaching points.</summary>
internal static class DemoPlaces
{
    public sealed record Place(string Name, SiteKind Kind, double Latitude, double Longitude, int Capacity, string[] Themes, string Address);

    /// <summary>The city school's in-region bases (域内) and the out-of-region bases (域外) its classes travel to.</summary>
    public static readonly Place[] CityBases =
    [
        new("阜阳市廉政教育基地", SiteKind.TrainingBase, 32.902, 115.829, 150, ["廉政警示"], "安徽省阜阳市颍州区"),
        new("阜阳烈士陵园红色教育基地", SiteKind.RedEducationBase, 32.871, 115.798, 300, ["红色教育", "党史学习教育"], "安徽省阜阳市颍州区"),
        new("八里河乡村振兴教学基地", SiteKind.TrainingBase, 32.588, 116.309, 200, ["乡村振兴", "生态农业"], "安徽省阜阳市颍上县八里河镇"),
        new("界首循环经济产业园现场教学点", SiteKind.TeachingPoint, 33.241, 115.402, 120, ["乡村振兴", "基层治理"], "安徽省界首市"),
        new("太和中药材产业园田园课堂", SiteKind.FieldClassroom, 33.171, 115.644, 100, ["乡村振兴", "农村电商"], "安徽省阜阳市太和县"),
        new("临泉县革命历史纪念馆", SiteKind.RedEducationBase, 33.058, 115.268, 200, ["红色教育", "党史学习教育"], "安徽省阜阳市临泉县"),
        new("延安干部培训基地", SiteKind.OutOfRegionBase, 36.585, 109.490, 300, ["红色教育", "党史学习教育"], "陕西省延安市"),
        new("井冈山干部培训基地", SiteKind.OutOfRegionBase, 26.567, 114.163, 300, ["红色教育", "党史学习教育"], "江西省井冈山市"),
        new("西柏坡党性教育基地", SiteKind.OutOfRegionBase, 38.351, 113.937, 200, ["红色教育", "党史学习教育"], "河北省平山县西柏坡镇"),
        new("红旗渠干部培训基地", SiteKind.OutOfRegionBase, 36.071, 113.846, 200, ["红色教育", "群众工作"], "河南省林州市"),
        new("小岗村改革教育基地", SiteKind.OutOfRegionBase, 32.871, 117.764, 200, ["乡村振兴", "党史学习教育"], "安徽省凤阳县小溪河镇小岗村"),
        new("大别山干部培训基地", SiteKind.OutOfRegionBase, 31.677, 115.928, 200, ["红色教育", "群众工作"], "安徽省六安市金寨县"),
        new("嘉兴南湖红船教育基地", SiteKind.OutOfRegionBase, 30.752, 120.762, 300, ["红色教育", "党史学习教育"], "浙江省嘉兴市南湖区"),
    ];

    /// <summary>王家坝: the flood-storage area of the Huai river and the 王家坝精神 taught there.</summary>
    public static readonly Place[] Wangjiaba =
    [
        new("王家坝闸现场教学点", SiteKind.TeachingPoint, 32.428, 115.598, 200, ["防汛抗洪", "红色教育"], "安徽省阜南县王家坝镇王家坝闸"),
        new("王家坝抗洪纪念馆", SiteKind.RedEducationBase, 32.434, 115.590, 150, ["防汛抗洪", "党史学习教育"], "安徽省阜南县王家坝镇"),
        new("西田坡庄台现场教学点", SiteKind.TeachingPoint, 32.445, 115.571, 80, ["乡村振兴", "防汛抗洪", "基层治理"], "安徽省阜南县王家坝镇西田坡庄台"),
        new("白行社区现场教学点", SiteKind.TeachingPoint, 32.441, 115.602, 60, ["基层治理", "群众工作"], "安徽省阜南县王家坝镇白行社区"),
    ];

    public static readonly string[] SessionTitles =
    [
        "乡村振兴专题培训", "党史学习教育专题班", "基层治理能力提升培训", "农村党员冬春训", "远程教育集中学习", "村两委成员履职培训",
        "入党积极分子培训班", "防汛抗洪应急处置培训", "农村电商实用技术培训", "新时代文明实践宣讲",
    ];
}
