"""The app's own words in three languages: fields, values, the glossary."""
