// Loads a partnermap export with the graphology readers (the ones Gephi Lite uses) and prints
// what they read, as JSON, for tests/graph/export/test_consumers.py to compare with the map.
//
//   node load.js gexf|graphml|graphology FILE
'use strict';

const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

function load(format, text) {
  if (format === 'gexf') return gexf.parse(Graph, text);
  if (format === 'graphml') return graphml.parse(Graph, text);
  if (format === 'graphology') return Graph.from(JSON.parse(text));
  throw new Error('unknown format ' + format);
}

function summary(graph) {
  const nodes = {};
  graph.forEachNode((key, attributes) => {
    nodes[key] = attributes;
  });
  const edges = {};
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes, undirected) => {
    edges[key] = {source, target, undirected, attributes};
  });
  return {
    type: graph.type,
    multi: graph.multi,
    order: graph.order,
    size: graph.size,
    attributes: graph.getAttributes(),
    nodes,
    edges,
  };
}

const [format, file] = process.argv.slice(2);
process.stdout.write(JSON.stringify(summary(load(format, fs.readFileSync(file, 'utf8')))) + '\n');
