/* The system's libxml2, found through pkg-config (libxml-2.0): only CXML uses it. */
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
