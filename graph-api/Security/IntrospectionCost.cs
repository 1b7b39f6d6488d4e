using GraphQL.Validation.Complexity;

namespace UnCitationGraph.GraphApi.Security;

/// <summary>
/// The complexity analyser's price of a field, fair to introspection. GraphiQL asks for the whole schema on load
/// (types → fields → args → type → ofType …); priced like data lists (each list 5 rows, multiplied down the tree) that
/// query scores about 800,000 against a limit of 50,000, and the playground gets no schema, only an error. The schema's
/// size is fixed, so reading it once is cheap: an introspection list counts once. What multiplies is walking the schema
/// again from a type reference (types { fields { type { fields … } } }): a type's member lists below a reference keep
/// the default price, and so does the list of all types.
/// </summary>
public static class IntrospectionCost
{
    static readonly HashSet<string> MemberLists = ["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"];

    /// <summary>The analyser's <paramref name="standard"/> price, except for the introspection fields that read the schema once.</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> Around(Func<FieldImpactContext, FieldComplexityResult> standard) => context =>
    {
        if (!context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)) return standard(context); // __Schema, __Type, __Field …
        var name = context.FieldDefinition.Name;
        return name == "types" || (MemberLists.Contains(name) && !ReachedFromTheTypeList(context))
            ? standard(context)
            : new FieldComplexityResult(1, 1);
    };

    // The type whose list this is was reached from __schema.types or __type(name:), not from a reference to it.
    static bool ReachedFromTheTypeList(FieldImpactContext context) =>
        context.Parent is { } parent && parent.FieldDefinition.Name is "types" or "__type";
}
