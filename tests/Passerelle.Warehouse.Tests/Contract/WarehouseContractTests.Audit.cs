using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    [ContractFact]
    public async Task ReadAsync_AppendedEvents_ReturnsThemNewestFirstWithIncreasingSequence()
    {
        // Given three audited actions
        var pull = new AuditEvent(Start, "system", "pull", "source", "ihris", """{"roles":1200}""");
        var decision = new AuditEvent(Start.AddMinutes(1), "awa.diop", "decision", "facility-link", "SN-0001", "manual-accepted");
        var push = new AuditEvent(Start.AddMinutes(2), "system", "push", "dataValueSet", null, null);
        var sequences = new List<long>();
        foreach (var e in new[] { pull, decision, push })
        {
            sequences.Add(await Warehouse.Audit.AppendAsync(e, Ct));
        }

        // When the log is read
        var all = await Warehouse.Audit.ReadAsync(new AuditQuery(), Ct);
        var decisions = await Warehouse.Audit.ReadAsync(new AuditQuery(Action: "decision"), Ct);
        var recent = await Warehouse.Audit.ReadAsync(new AuditQuery(Since: Start.AddMinutes(1), Actor: "system"), Ct);

        // Then events come back intact, newest first, filtered as asked
        Assert.True(sequences[0] < sequences[1] && sequences[1] < sequences[2]);
        Assert.Equal([push, decision, pull], all.Select(a => a.Event));
        Assert.Equal(sequences.AsEnumerable().Reverse(), all.Select(a => a.Sequence));
        Assert.Equal([decision], decisions.Select(a => a.Event));
        Assert.Equal([push], recent.Select(a => a.Event));
    }

    [ContractFact]
    public void AuditLog_Port_OffersNoWayToChangeOrDeleteAnEntry()
    {
        // Given the audit port and its implementation
        var methods = Warehouse.Audit.GetType().GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(m => m.DeclaringType != typeof(object))
            .Select(m => m.Name)
            .ToHashSet();

        // Then only appending and reading exist
        Assert.Equal(new HashSet<string> { nameof(IAuditLog.AppendAsync), nameof(IAuditLog.ReadAsync) }, methods);
    }
}
