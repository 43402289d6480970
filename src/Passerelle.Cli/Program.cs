using Passerelle.Cli;

return await PasserelleApp.RunAsync(args);
