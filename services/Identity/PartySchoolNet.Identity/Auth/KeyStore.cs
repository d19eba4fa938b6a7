using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PartySchoolNet.Identity.Auth;

/// <summary>
/// RSA keys kept as PEM files in <c>Identity:KeyDirectory</c>, created on first start, so tokens stay valid
/// across restarts and other services' cached key sets stay right. In Kubernetes mount the folder from a secret.
/// </summary>
internal static class KeyStore
{
    public static RsaSecurityKey LoadOrCreate(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".pem");
        var rsa = RSA.Create();
        if (File.Exists(file))
        {
            rsa.ImportFromPem(File.ReadAllText(file));
        }
        else
        {
            rsa.KeySize = 2048;
            var temp = file + ".tmp";
            File.WriteAllText(temp, rsa.ExportRSAPrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            File.Move(temp, file, overwrite: false);
        }
        var keyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = $"{name}-{keyId}" };
    }
}
