namespace Passerelle.Sync.Configuration;

/// <summary>The commented configuration <c>passerelle init</c> writes.</summary>
public static class ConfigTemplate
{
    public const string Yaml = """
        # Passerelle — configuration (passerelle.yaml)
        # Les secrets ne sont jamais écrits ici : variables d'environnement ou fichiers de clé.
        # Secrets never go here: environment variables or key files.

        scope:
          # Régions dans le périmètre (codes ISO 3166-2) ; vide = tout le pays.
          # Regions in scope (ISO 3166-2 codes); empty = the whole country.
          regions: [SN-DK, SN-KL, SN-TC]
          # Date de décompte des effectifs ; vide = dernier jour du mois précédent.
          # Date staff in post are counted; empty = last day of the previous month.
          # referenceDate: 2026-10-31

        # Entrepôt : fichier DuckDB (défaut) ou chaîne PostgreSQL « Host=…;Database=…;Username=… ».
        # Warehouse: a DuckDB file (default) or a PostgreSQL connection string.
        warehouse: passerelle.duckdb

        dhis2:
          url: https://dhis2.example.org
          username: passerelle
          # Mot de passe : PASSERELLE_DHIS2_PASSWORD ou passwordFile. Jeton : PASSERELLE_DHIS2_TOKEN ou tokenFile.
          # Password: PASSERELLE_DHIS2_PASSWORD or passwordFile. Token: PASSERELLE_DHIS2_TOKEN or tokenFile.
          # passwordFile: /etc/passerelle/dhis2.password
          # tokenFile: /etc/passerelle/dhis2.token
          chunkSize: 1000        # valeurs par envoi / values per POST
          timeoutSeconds: 100    # délai d'un appel / timeout of one call

        ihris:
          # fhir (iHRIS 5), ihris4-mysql ou ihris4-csv (iHRIS Manage 4)
          kind: fhir
          url: https://ihris.example.org/fhir
          # access: backend              # iHRIS 5 par le backend / through the backend (+ email, PASSERELLE_IHRIS_PASSWORD ou / or passwordFile)
          # email: passerelle@ihris.example.org
          # connectionString: Server=127.0.0.1;Database=ihris_manage;User ID=lecture
          # dbPasswordFile: /etc/passerelle/ihris-db.password   # sinon / else PASSERELLE_IHRIS_DB_PASSWORD (la variable l'emporte / the variable wins)
          # csvFile: exports/hr_report.csv
          pageSize: 200

        healthMap:
          # Liste des structures de la carte sanitaire (CSV, XLSX ou GeoJSON).
          # The Carte sanitaire facility list (CSV, XLSX or GeoJSON).
          facilities: carte-sanitaire.csv
          # mapping: colonnes.yaml        # correspondance des colonnes / column mapping
          # norms: normes.csv             # normes de personnel / staffing norms (défaut : normes de démonstration)

        # analysisPlan: analysis-plan.yaml  # vide = plan livré avec Passerelle / empty = shipped plan

        privacy:
          # Clé de pseudonymisation : PASSERELLE_PSEUDONYM_KEY ou pseudonymKeyFile (au moins 16 octets).
          # Pseudonym key: PASSERELLE_PSEUDONYM_KEY or pseudonymKeyFile (at least 16 bytes).
          # pseudonymKeyFile: /etc/passerelle/pseudonym.key
          smallCellThreshold: 5      # cellules < 5 masquées / cells under 5 suppressed
          stagingRetentionDays: 90   # purge des lignes pseudonymisées / purge of pseudonymised rows

        schedule:
          # Expression cron (UTC) pour `passerelle serve` ; vide = pas de planification.
          # Cron expression (UTC) for `passerelle serve`; empty = no schedule.
          cron: "0 2 * * *"
        """;
}
