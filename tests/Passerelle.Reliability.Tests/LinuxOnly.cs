// The suites use flock(1), kill -9 and Unix file modes: they run where Passerelle is deployed, on Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
