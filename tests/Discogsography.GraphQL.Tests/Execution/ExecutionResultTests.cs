using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.Tests.Execution;

public sealed class ExecutionResultTests
{
    [Fact]
    public void WriteTo_ErrorsFirstThenDataThenExtensions()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = null,
            Errors = [new GraphQLError("bad", "CODE") { Path = ["a", 0], Locations = [new ErrorLocation(1, 2)] }],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };

        Assert.Equal(
            """{"errors":[{"message":"bad","locations":[{"line":1,"column":2}],"path":["a",0],"extensions":{"code":"CODE"}}],"data":null,"extensions":{"cost":3}}""",
            result.ToJson());
    }

    [Fact]
    public void WriteTo_RequestError_HasNoDataEntry()
    {
        Assert.Equal("""{"errors":[{"message":"m"}]}""", ExecutionResult.FromError(new GraphQLError("m")).ToJson());
    }

    [Fact]
    public void WriteValue_RuntimeValues()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["l"] = 1L, ["d"] = 1.5, ["b"] = false, ["s"] = "x<y", ["list"] = new List<int> { 1, 2 }, ["n"] = null },
        };

        Assert.Equal("""{"data":{"l":1,"d":1.5,"b":false,"s":"x<y","list":[1,2],"n":null}}""", result.ToJson());
    }
}
