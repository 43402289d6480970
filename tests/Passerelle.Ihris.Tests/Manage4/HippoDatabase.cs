using MySqlConnector;
using Passerelle.Ihris.Tests.Support;
using Passerelle.Testing;

namespace Passerelle.Ihris.Tests.Manage4;

/// <summary>
/// A fresh MariaDB database loaded with the reference hippo_* schema and sample
/// (reference/ihris/data/synthetic/ihris4-hippo-cache-schema-and-sample.sql) plus the rows below.
/// </summary>
public sealed class HippoDatabase : IAsyncLifetime
{
    /// <summary>Rows added to the sample: edge cases and a worker carrying canary personal data.</summary>
    private const string ExtraRows = $"""
        SET SESSION sql_mode = '';
        INSERT INTO hippo_county VALUES ('county|7','|','2019-01-01','2015-01-01',0,'Commune Epsilon','district|1',NULL);
        INSERT INTO hippo_facility VALUES ('facility|12','|','2020-03-01','2015-01-01',0,'Case de santé Zeta','facility_type|PS','county|7',NULL);
        INSERT INTO hippo_position (id,parent,last_modified,created,i2ce_hidden,code,title,job,facility,status) VALUES
         ('position|103','|','2021-01-01','2015-01-01',0,'P-103','Infirmier','job|1','facility|12','position_status|closed'),
         ('position|104','|','2021-01-01','2015-01-01',0,'P-104','Poste sans emploi',NULL,'facility|12','position_status|closed'),
         ('position|105','|','2021-01-01','2015-01-01',0,'P-105','Infirmier adjoint','job|1','facility|11','position_status|closed');
        INSERT INTO hippo_person (id,parent,last_modified,created,surname,firstname,othername,nationality,residence,csd_uuid) VALUES
         ('person|3','|','2024-02-01','2016-05-01','{Canaries.FamilyName}','{Canaries.GivenName}',NULL,'country|SN','district|1',NULL),
         ('person|4','|','2024-02-01','2016-05-01','SOW','Binta',NULL,'country|SN','district|1',NULL);
        INSERT INTO hippo_demographic VALUES ('demographic|3','person|3','2024-02-01','2016-05-01','{Canaries.BirthDate} 00:00:00','gender|F',NULL,1);
        INSERT INTO hippo_person_id (id,parent,last_modified,created,id_type,id_num) VALUES ('person_id|3','person|3','2024-02-01','2016-05-01','id_type|2','{Canaries.NationalId}');
        INSERT INTO hippo_person_contact_work (id,parent,last_modified,created,telephone,mobile_phone,email) VALUES ('person_contact_work|3','person|3','2024-02-01','2016-05-01','{Canaries.Phone}','77 999 88 77','{Canaries.Email}');
        INSERT INTO hippo_person_position (id,parent,last_modified,created,position,start_date,end_date,reason,csd_uuid) VALUES
         ('person_position|3','person|3','2024-02-01','2016-05-01','position|103','2018-01-01','0000-00-00 00:00:00',NULL,NULL),
         ('person_position|4','person|3','2024-02-01','2016-05-01','position|105','2019-01-01',NULL,NULL,NULL),
         ('person_position|5','person|4','2024-02-01','2016-05-01','position|104','2019-01-01',NULL,NULL,NULL),
         ('person_position|6','person|4','2024-02-01','2016-05-01','position|102','2010-01-01','2018-12-31 00:00:00',NULL,NULL);
        """;

    private readonly string _name = $"ihris_test_{Guid.NewGuid():N}"[..32];

    public string ConnectionString { get; private set; } = string.Empty;

    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestServers.MariaDbVariable)) || TestServers.IsCi;

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        await ExecuteAsync(TestServers.MariaDb, $"CREATE DATABASE {_name} CHARACTER SET utf8mb4");
        ConnectionString = new MySqlConnectionStringBuilder(TestServers.MariaDb) { Database = _name }.ConnectionString;
        var schema = await File.ReadAllTextAsync(IhrisReference.Synthetic("ihris4-hippo-cache-schema-and-sample.sql"));
        await ExecuteAsync(ConnectionString, schema);
        await ExecuteAsync(ConnectionString, ExtraRows);
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length > 0)
        {
            await ExecuteAsync(TestServers.MariaDb, $"DROP DATABASE IF EXISTS {_name}");
        }
    }

    /// <summary>A database with none of the hippo tables, for error tests; dropped with this fixture's.</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        // A suffix, not a replaced last character: a name ending in "e" would have named this fixture's own database.
        var name = EmptyName;
        await ExecuteAsync(TestServers.MariaDb, $"CREATE DATABASE IF NOT EXISTS {name}");
        return new MySqlConnectionStringBuilder(TestServers.MariaDb) { Database = name }.ConnectionString;
    }

    public Task DropEmptyDatabaseAsync() => ExecuteAsync(TestServers.MariaDb, $"DROP DATABASE IF EXISTS {EmptyName}");

    private string EmptyName => _name + "_empty";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
