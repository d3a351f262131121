"""The core: plain records (criteria, ratings, measures, the process vocabulary), the
scoring rule, the pipeline and the ranking. It knows no files and no frameworks."""
