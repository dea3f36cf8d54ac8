namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>The classifier's best route for a message and how sure it is (0–1), with the runner-up.</summary>
public sealed record IntentPrediction(string Agent, float Confidence, string RunnerUp, float RunnerUpConfidence);
