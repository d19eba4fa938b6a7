using PartySchoolNet.ServiceDefaults.Geo;

namespace PartySchoolNet.Identity.Seeding;

/// <summary>The demo network, modelled on 阜阳 (one of the seeds): the city school, 8 county-level schools, 108 township schools.</summary>
internal static class FuyangNetwork
{
    public const string CityCode = "fy";
    public const string CityName = "中共阜阳市委党校";

    public static readonly GeoPoint CityLocation = new(32.890, 115.815);

    /// <summary>
    /// County code, the county seat's position and how far (km) its townships spread, school name, region, then its
    /// townships as "name:code" (code from the pinyin initials). Positions are approximate, good for distances.
    /// </summary>
    public static readonly (string Code, double Latitude, double Longitude, double RadiusKm, string Name, string Region, string[] Townships)[] Counties =
    [
        ("yz", 32.883, 115.806, 8, "中共阜阳市颍州区委党校", "颍州区", ["清河街道:qh", "鼓楼街道:gl", "文峰街道:wf", "颍西街道:yx", "西湖镇:xh", "三合镇:sh", "王店镇:wd", "程集镇:cj"]),
        ("yd", 32.912, 115.857, 10, "中共阜阳市颍东区委党校", "颍东区", ["河东街道:hd", "向阳街道:xy", "新华街道:xhj", "口孜镇:kz", "插花镇:ch", "袁寨镇:yzz", "枣庄镇:zz", "新乌江镇:xwj", "正午镇:zw"]),
        ("yq", 32.951, 115.781, 10, "中共阜阳市颍泉区委党校", "颍泉区", ["周棚街道:zp", "中市街道:zs", "宁老庄镇:nlz", "闻集镇:wj", "行流镇:xl", "苏屯乡:st", "伍明镇:wm", "老集镇:lj"]),
        ("lq", 33.04, 115.262, 24, "中共临泉县委党校", "临泉县", ["城关街道:lqcg", "邢塘街道:xt", "田桥街道:tq", "杨桥镇:yqz", "迎仙镇:yxz", "鲖城镇:tc", "谭棚镇:tp", "老集镇:lqlj", "滑集镇:hj", "吕寨镇:lz", "单桥镇:sq", "长官镇:zg", "宋集镇:sj", "张新镇:zx", "艾亭镇:at", "姜寨镇:jz", "庙岔镇:mc", "黄岭镇:hl", "白庙镇:bm", "瓦店镇:wdz"]),
        ("th", 33.16, 115.622, 24, "中共太和县委党校", "太和县", ["城关镇:thcg", "旧县镇:jx", "税镇镇:sz", "皮条孙镇:pts", "原墙镇:yqa", "倪邱镇:nq", "李兴镇:lx", "大新镇:dx", "肖口镇:xk", "关集镇:gj", "三塔镇:sta", "双浮镇:sf", "蔡庙镇:cm", "三堂镇:stt", "苗老集镇:mlj", "赵集乡:thzj", "宫集镇:gjz", "坟台镇:ft", "洪山镇:hs"]),
        ("fn", 32.638, 115.595, 24, "中共阜南县委党校", "阜南县", ["王家坝镇:wjb", "鹿城镇:lc", "方集镇:fj", "中岗镇:zgz", "柴集镇:cjz", "新村镇:xc", "朱寨镇:zhz", "张寨镇:zzz", "王堰镇:wy", "地城镇:dc", "洪河桥镇:hhq", "黄岗镇:hg", "苗集镇:mj", "赵集镇:fnzj", "田集镇:tj", "会龙镇:hlz", "郜台乡:gt", "老观乡:lg"]),
        ("ys", 32.629, 116.265, 24, "中共颍上县委党校", "颍上县", ["慎城镇:sc", "谢桥镇:xq", "南照镇:nz", "杨湖镇:yh", "江口镇:jk", "润河镇:rh", "新集镇:xj", "六十铺镇:lsp", "半岗镇:bg", "王岗镇:wg", "夏桥镇:xqz", "红星镇:hx", "黄桥镇:hq", "八里河镇:blh", "建颍乡:jy", "关屯乡:gtx"]),
        ("js", 33.257, 115.374, 16, "中共界首市委党校", "界首市", ["东城街道:dcj", "西城街道:xcj", "颍南街道:yn", "光武镇:gw", "泉阳镇:qy", "芦村镇:lcz", "新马集镇:xmj", "大黄镇:dh", "田营镇:ty", "陶庙镇:tm"]),
    ];

    public const string DemoCounty = "fn";
    public const string DemoTownship = "wjb";

    /// <summary>王家坝 sits on the Huai river south-west of the county seat; the sites seeded there depend on it.</summary>
    public static readonly GeoPoint DemoTownshipLocation = new(32.437, 115.586);

    /// <summary>Spreads a county's townships around its seat on a golden-angle spiral: fixed, even, plausible.</summary>
    public static GeoPoint TownshipLocation(GeoPoint seat, double radiusKm, int index, int count)
    {
        var distanceKm = radiusKm * Math.Sqrt((index + 0.5) / count);
        var angle = GeoPoint.ToRadians(index * 137.508);
        var north = distanceKm * Math.Cos(angle) / 111.2;
        var east = distanceKm * Math.Sin(angle) / (111.2 * Math.Cos(GeoPoint.ToRadians(seat.Latitude)));
        return new GeoPoint(Math.Round(seat.Latitude + north, 5), Math.Round(seat.Longitude + east, 5));
    }
    public const string DemoPassword = "Demo@2026";
    public const string DemoIntegratorClientId = "demo-integrator";
    public const string DemoIntegratorSecret = "demo-integrator-secret";
}
