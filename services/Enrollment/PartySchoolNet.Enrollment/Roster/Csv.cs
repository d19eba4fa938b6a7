using System.Text;

namespace PartySchoolNet.Enrollment.Roster;

/// <summary>A record of a CSV file and the line it starts on (1 = the first line of the file).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" inside quotes is a quote), CRLF or LF.</summary>
internal static class Csv
{
    /// <summary>The records, or the line where a quoted field is left open.</summary>
    public static (List<CsvRecord> Records, int? UnclosedQuoteLine) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var (fields, field) = (new List<string>(), new StringBuilder());
        var (line, recordLine, quoted, quoteLine) = (1, 1, false, 0);
        for (var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    (quoted, quoteLine) = (true, line);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            return (records, quoteLine);
        }
        EndRecord();
        return (records, null);

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }
            fields = [];
        }
    }
}
