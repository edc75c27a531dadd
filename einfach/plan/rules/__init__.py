"""Plan rules (PL codes): what § 15 SGB II and the Mannheim model ask of a plan's content."""
