// The contracts name their messages like the domain types; inside the service the plain names mean the domain types.
global using Cadre = PartySchoolNet.Enrollment.Roster.Cadre;
global using Caller = PartySchoolNet.ServiceDefaults.Tenancy.Caller;
global using PartySchoolNet.Enrollment.Contracts;
global using PartySchoolNet.ServiceDefaults.Errors;
global using PartySchoolNet.ServiceDefaults.Grpc;
global using PartySchoolNet.ServiceDefaults.Time;
global using TrainingClass = PartySchoolNet.Enrollment.Classes.TrainingClass;
global using OutreachRequest = PartySchoolNet.Enrollment.Outreach.OutreachRequest;
