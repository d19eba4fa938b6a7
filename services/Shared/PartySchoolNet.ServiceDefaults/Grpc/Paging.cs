using System.Globalization;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.ServiceDefaults.Grpc;

/// <summary>Pages by position in a stable order; the token is the position of the next page's first row.</summary>
public readonly record struct Page(int Size, int Offset)
{
    public string NextToken(int total) => Offset + Size < total ? (Offset + Size).ToString(CultureInfo.InvariantCulture) : "";
}

public static class Paging
{
    public static Page Page(this FieldErrors errors, int pageSize, string pageToken, int defaultSize, int maxSize)
    {
        errors.When(pageSize < 0 || pageSize > maxSize, "page_size", $"每页数量须在1至{maxSize}之间");
        var offset = 0;
        errors.When(pageToken.Length > 0 && (!int.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0),
            "page_token", "分页标记无效");
        return new Page(pageSize == 0 ? defaultSize : Math.Min(pageSize, maxSize), offset);
    }
}
