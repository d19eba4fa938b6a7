// The contracts name their messages like the domain types; inside the service the plain names mean the domain types.
global using Assignment = PartySchoolNet.QualityEvaluation.Campaigns.Assignment;
global using Caller = PartySchoolNet.ServiceDefaults.Tenancy.Caller;
global using Campaign = PartySchoolNet.QualityEvaluation.Campaigns.Campaign;
global using EvidenceFile = PartySchoolNet.QualityEvaluation.SelfAssessments.EvidenceFile;
global using IndicatorSystem = PartySchoolNet.QualityEvaluation.Indicators.IndicatorSystem;
global using PartySchoolNet.QualityEvaluation.Contracts;
global using PartySchoolNet.ServiceDefaults.Errors;
global using PartySchoolNet.ServiceDefaults.Grpc;
global using PartySchoolNet.ServiceDefaults.Time;
global using Rectification = PartySchoolNet.QualityEvaluation.Rectifications.Rectification;
global using SchoolResult = PartySchoolNet.QualityEvaluation.Results.SchoolResult;
global using Score = PartySchoolNet.QualityEvaluation.Scoring.Score;
global using ScoreChange = PartySchoolNet.QualityEvaluation.Scoring.ScoreChange;
global using SelfAssessment = PartySchoolNet.QualityEvaluation.SelfAssessments.SelfAssessment;
global using PartySchoolNet.ServiceDefaults.Tenancy;
