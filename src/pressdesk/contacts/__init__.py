"""The media database: contacts, outlets, lists, segments and opt-outs."""
