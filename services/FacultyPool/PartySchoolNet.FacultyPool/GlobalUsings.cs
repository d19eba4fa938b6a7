// The contracts name their messages like the domain types; inside the service the plain names mean the domain types.
global using Assignment = PartySchoolNet.FacultyPool.Assignments.Assignment;
global using Caller = PartySchoolNet.ServiceDefaults.Tenancy.Caller;
global using Instructor = PartySchoolNet.FacultyPool.Instructors.Instructor;
global using LendingRequest = PartySchoolNet.FacultyPool.Lending.LendingRequest;
global using PartySchoolNet.ServiceDefaults.Errors;
global using PartySchoolNet.ServiceDefaults.Grpc;
global using PartySchoolNet.ServiceDefaults.Time;
global using AvailabilityWindow = PartySchoolNet.FacultyPool.Instructors.AvailabilityWindow;
