// What is left of a deleted note: its text (null once deleted) and how many earlier versions it keeps.
// Parameters: $id (string)
// Columns: text, versions
MATCH (n:Note {id: $id})
RETURN n.text AS text, COUNT { (v:NoteVersion {noteId: $id}) } AS versions
