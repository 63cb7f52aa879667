"""SOP B1-B5: development requests, from submission to the Koordinator's online check."""
