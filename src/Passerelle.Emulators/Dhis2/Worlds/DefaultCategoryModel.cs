using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2.Api;

namespace Passerelle.Emulators.Dhis2.Worlds;

/// <summary>The code-fixed default category model every DHIS2 has (web-api.md §1, CORE DefaultCategoryService).</summary>
internal static class DefaultCategoryModel
{
    public const string CategoryOption = "xYerKDKCefk";
    public const string Category = "GLevLNI9wkl";
    public const string CategoryCombo = "bjDvmb4bfuf";
    public const string CategoryOptionCombo = "HllvX50cXC0";

    public static void Seed(Dhis2Store store, string timestamp)
    {
        JsonObject Named(string id) => new()
        {
            ["id"] = id,
            ["name"] = "default",
            ["code"] = "default",
            ["created"] = timestamp,
            ["lastUpdated"] = timestamp,
        };

        var option = Named(CategoryOption);
        option["shortName"] = "default";
        store.Put("categoryOptions", option);
        var category = Named(Category);
        category["shortName"] = "default";
        category["dataDimensionType"] = "DISAGGREGATION";
        category["dataDimension"] = false;
        category["categoryOptions"] = Dhis2Json.Refs([CategoryOption]);
        store.Put("categories", category);
        var combo = Named(CategoryCombo);
        combo["dataDimensionType"] = "DISAGGREGATION";
        combo["skipTotal"] = false;
        combo["categories"] = Dhis2Json.Refs([Category]);
        store.Put("categoryCombos", combo);
        var optionCombo = Named(CategoryOptionCombo);
        optionCombo["categoryCombo"] = Dhis2Json.Ref(CategoryCombo);
        optionCombo["categoryOptions"] = Dhis2Json.Refs([CategoryOption]);
        optionCombo["ignoreApproval"] = false;
        store.Put("categoryOptionCombos", optionCombo);
    }
}
