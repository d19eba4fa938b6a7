// The contracts name their messages like the domain types; inside the service the plain names mean the domain types.
global using Booking = PartySchoolNet.SiteResources.Bookings.Booking;
global using Caller = PartySchoolNet.ServiceDefaults.Tenancy.Caller;
global using OpeningWindow = PartySchoolNet.SiteResources.Sites.OpeningWindow;
global using Site = PartySchoolNet.SiteResources.Sites.Site;
global using PartySchoolNet.ServiceDefaults.Grpc;
global using PartySchoolNet.ServiceDefaults.Time;
