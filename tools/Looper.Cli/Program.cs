using Looper.Cli;

return await LooperCli.RunAsync(args, StandardConsole.Create(), Console.Error);
