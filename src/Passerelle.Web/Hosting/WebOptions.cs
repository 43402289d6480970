using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Hosting;

/// <summary>Settings of the web app, section <c>Passerelle</c> (e.g. <c>--Passerelle:Warehouse=passerelle.duckdb</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "Passerelle";

    /// <summary>A DuckDB file path or a PostgreSQL connection string (<c>Host=…</c>). Required.</summary>
    [Required(ErrorMessage = "Passerelle:Warehouse manquant : donnez --warehouse / missing: pass --warehouse")]
    public string Warehouse { get; set; } = "";

    /// <summary>The <c>passerelle.yaml</c> shown on the settings page; none when empty.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Login attempts allowed per client address and minute (default 10).</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Consecutive failed logins that lock an account (default 5).</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes (default 15).</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
}
