using Google.Type;
using PartySchoolNet.ServiceDefaults.Errors;

namespace PartySchoolNet.ServiceDefaults.Geo;

/// <summary>A WGS 84 position, as schools, sites and instructors are placed on the map.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle (haversine) distance, accurate to well under 1% at the scale of a province.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>A position from two optional columns: both present, or none.</summary>
    public static GeoPoint? From(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null;

    public LatLng ToMessage() => new() { Latitude = Latitude, Longitude = Longitude };

    public static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

public static class GeoPointInput
{
    /// <summary>Reads an optional position; records an error when it lies outside the valid ranges.</summary>
    public static GeoPoint? Location(this FieldErrors errors, LatLng? value, string field, string label, bool required = false)
    {
        if (value is null)
        {
            errors.When(required, field, $"{label}不能为空");
            return null;
        }
        var valid = true;
        if (value.Latitude is < -90 or > 90 || double.IsNaN(value.Latitude))
        {
            errors.Add($"{field}.latitude", "纬度须在-90至90之间");
            valid = false;
        }
        if (value.Longitude is < -180 or > 180 || double.IsNaN(value.Longitude))
        {
            errors.Add($"{field}.longitude", "经度须在-180至180之间");
            valid = false;
        }
        return valid ? new GeoPoint(value.Latitude, value.Longitude) : null;
    }
}
