using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Passerelle.Core.Storage;
using Passerelle.Warehouse;
using Passerelle.Web.Actions;
using Passerelle.Web.Api;
using Passerelle.Web.Localization;
using Passerelle.Web.Reading;
using Passerelle.Web.Review;
using Passerelle.Web.Security;

namespace Passerelle.Web.Hosting;

/// <summary>
/// Builds the web app: Razor pages, the <c>/api</c> JSON API (OpenAPI at <c>/openapi/v1.json</c>), form actions,
/// cookie sign-in with roles, antiforgery, login rate limiting and lockout, security headers, embedded assets.
/// The warehouse is opened once, lazily, from <see cref="WebOptions.Warehouse"/>.
/// </summary>
public static class PasserelleWebApp
{
    public const string LoginRateLimit = "login";

    /// <summary>Builds the app from command-line style arguments plus <paramref name="settings"/> (e.g. <c>Passerelle:Warehouse</c>, <c>urls</c>).</summary>
    /// <param name="configureServices">Extra services the host adds (the CLI adds the sync schedule).</param>
    public static WebApplication Create(
        string[] args, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(PasserelleWebApp).Assembly.GetName().Name });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        AddServices(builder.Services, builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IWarehouse>(sp => WarehouseFactory.Open(
            sp.GetRequiredService<IOptions<WebOptions>>().Value.Warehouse,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Passerelle.Warehouse")));
        services.AddSingleton(sp => new UserAccounts(sp.GetRequiredService<IWarehouse>().Users, sp.GetRequiredService<IWarehouse>().Audit, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LoginService>();
        services.AddSingleton<AnalysisPlanSource>();
        services.AddSingleton<LatestRunCache>();
        services.AddSingleton<WorkersInPostCounter>();
        services.AddSingleton<WorkloadReader>();
        services.AddSingleton<TrendReader>();
        services.AddSingleton<DashboardReader>();
        services.AddSingleton<ReviewDecisions>();
        services.AddSingleton<BoundaryGeoJson>();
        services.AddHttpContextAccessor();
        services.AddScoped<UiText>();

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/", Roles.CanRead);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AuthorizePage("/Users", Roles.CanAdminister);
        }).AddApplicationPart(typeof(PasserelleWebApp).Assembly);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "passerelle.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        // French text as is in pages (é, à, ç…) rather than as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(encoder =>
            encoder.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        AddSecurity(services);
    }

    private static void AddSecurity(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "passerelle.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/login";
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized, redirect: true);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden, redirect: false);
            options.Events.OnValidatePrincipal = async context =>
            {
                // A removed account, or one whose role or regions changed, is signed out at its next request.
                var warehouse = context.HttpContext.RequestServices.GetRequiredService<IWarehouse>();
                var stored = await warehouse.Users.FindAsync(context.Principal!.Login(), context.HttpContext.RequestAborted);
                if (!context.Principal!.StillMatches(stored))
                {
                    context.RejectPrincipal();
                }
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CanRead, p => p.RequireRole(Roles.Viewer, Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.CanReview, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.CanAdminister, p => p.RequireRole(Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireRole(Roles.Viewer, Roles.Reviewer, Roles.Admin).Build());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(LoginRateLimit, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
    }

    /// <summary>Pages redirect to the login page; the API and form actions answer with a status code.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status, bool redirect)
    {
        var path = context.Request.Path;
        if (redirect && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/actions") && !path.StartsWithSegments("/openapi"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    private static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(PasserelleWebApp).Assembly, "Assets"),
            RequestPath = "/assets",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseUiLanguage();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapPasserelleApi();
        app.MapPasserelleActions();
        app.MapOpenApi().RequireAuthorization(Roles.CanRead);
    }
}
