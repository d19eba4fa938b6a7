global using Caller = PartySchoolNet.ServiceDefaults.Tenancy.Caller;
global using PartySchoolNet.ServiceDefaults.Errors;
global using PartySchoolNet.ServiceDefaults.Time;
