using Looper.Host;

return HostProgram.Run(args);
