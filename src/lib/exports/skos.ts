/** The glossary as a SKOS concept scheme in Turtle, for thesaurus and linked-data tools. */
import { DataFactory, Writer, type Quad_Object } from 'n3';
import { buildGlossary, byId, exportPaths, sourceOf, type CitedWork, type ExportInput } from './glossary.ts';
import { latestDate } from '../model/revisions.ts';

/** Namespaces of the Turtle file; `glossa:` is declared by the file itself. */
export const namespaces = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
} as const;

/** A cited work as one line of text: its reference, then the concept's pinpoint. */
export function referenceLine(work: CitedWork, locator?: string): string {
  return locator ? `${work.reference} ${/[.?!]$/.test(locator) ? locator : `${locator}.`}` : work.reference;
}

/**
 * The glossary as a SKOS concept scheme in Turtle. Concept IRIs are the canonical concept
 * pages and the scheme is the glossary index. "Contrasts with" is `glossa:contrastsWith`, a
 * symmetric sub-property of `skos:related` declared in the file; each contrast is also written
 * as `skos:related`, so tools that know only SKOS still show the link. Every inverse
 * (narrower, both directions of related) is written out, for tools that do no inference.
 */
export function glossaryTurtle(input: ExportInput): string {
  const doc = buildGlossary(input);
  const { namedNode, literal, quad } = DataFactory;
  const vocabulary = new URL(`${exportPaths.turtle}#`, input.siteUrl).href;
  const ns = { ...namespaces, glossa: vocabulary };
  const iri = (prefix: keyof typeof ns, local: string) => namedNode(`${ns[prefix]}${local}`);
  const lang = doc.site.language;
  const text = (value: string) => literal(value, lang);
  const date = (value: string) => literal(value, iri('xsd', 'date'));
  const writer = new Writer({ prefixes: ns });
  const scheme = namedNode(input.glossaryUrl);
  const concept = (id: string) => namedNode(input.conceptUrl(id));
  // Statements of one subject, predicates written as prefixed names ("skos:broader").
  type Curie = `${keyof typeof ns}:${string}`;
  const add = (subject: ReturnType<typeof namedNode>, pairs: [Curie, Quad_Object | Quad_Object[]][]) => {
    for (const [predicate, objects] of pairs) {
      const [prefix, local = ''] = predicate.split(':') as [keyof typeof ns, string];
      for (const object of [objects].flat()) writer.addQuad(quad(subject, iri(prefix, local), object));
    }
  };

  const contrastsWith = iri('glossa', 'contrastsWith');
  add(contrastsWith, [
    ['rdf:type', [iri('owl', 'ObjectProperty'), iri('owl', 'SymmetricProperty')]],
    ['rdfs:subPropertyOf', iri('skos', 'related')],
    ['rdfs:isDefinedBy', namedNode(vocabulary.slice(0, -1))],
    ['rdfs:label', literal('contrasts with', 'en')],
    ['rdfs:comment', literal('Concepts usefully read against each other: opposites or alternatives.', 'en')],
  ]);

  const tops = doc.concepts.filter((c) => c.relations.broader.length === 0).map((c) => concept(c.id));
  const modified = latestDate(doc.concepts.map((c) => c.modified)) ?? doc.generated;
  add(scheme, [
    ['rdf:type', iri('skos', 'ConceptScheme')],
    ['dct:title', text(`${doc.site.title}: glossary`)],
    // dct:license expects a licence document, so the text from site.yaml labels a blank node.
    [
      'dct:license',
      writer.blank([
        { predicate: iri('rdf', 'type'), object: iri('dct', 'LicenseDocument') },
        { predicate: iri('rdfs', 'label'), object: text(doc.site.license) },
      ]),
    ],
    ['dct:language', literal(lang, iri('xsd', 'language'))],
    ['dct:modified', date(modified)],
    ['skos:hasTopConcept', tops],
  ]);

  // Categories become collections, named after their section of the glossary index.
  for (const category of input.site.categories) {
    const members = doc.concepts.filter((c) => c.category.id === category.id).map((c) => concept(c.id));
    add(namedNode(`${input.glossaryUrl}#category-${category.id}`), [
      ['rdf:type', iri('skos', 'Collection')],
      ['skos:prefLabel', text(category.title)],
      ['skos:member', members],
    ]);
  }

  const dataOf = new Map(input.concepts.map((x) => [x.id, x.data]));
  for (const c of doc.concepts) {
    const sources = dataOf.get(c.id)?.sources ?? [];
    const related = [...new Set([...c.relations.related, ...c.relations.contrastsWith])].sort(byId);
    add(concept(c.id), [
      ['rdf:type', iri('skos', 'Concept')],
      ['skos:inScheme', scheme],
      ['skos:topConceptOf', c.relations.broader.length === 0 ? [scheme] : []],
      ['skos:prefLabel', text(c.title)],
      // SKOS forbids the same label as preferred and alternative.
      ['skos:altLabel', c.aliases.filter((a) => a !== c.title).map(text)],
      ['skos:definition', text(c.short)],
      ['skos:broader', c.relations.broader.map(concept)],
      ['skos:narrower', c.relations.narrower.map(concept)],
      ['skos:related', related.map(concept)],
      ['glossa:contrastsWith', c.relations.contrastsWith.map(concept)],
      ['dct:source', sources.map((s) => literal(referenceLine(sourceOf(input, c.id, s.ref), s.locator)))],
      ['dct:created', date(c.created)],
      ['dct:modified', date(c.modified)],
    ]);
  }

  let output = '';
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
