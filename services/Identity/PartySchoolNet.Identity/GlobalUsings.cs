// The API's messages share names with the domain types; inside the service the domain types win.
global using Account = PartySchoolNet.Identity.Accounts.Account;
global using Caller = PartySchoolNet.ServiceDefaults.Tenancy.Caller;
global using School = PartySchoolNet.Identity.Schools.School;
