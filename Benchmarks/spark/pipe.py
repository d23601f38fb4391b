"""The README's Spark recipe, in local mode: each partition's lines go through one gazzetta process."""
import sys

from pyspark.sql import SparkSession

binary, lexicons, corpus, out = sys.argv[1:5]
spark = SparkSession.builder.master("local[2]").appName("gazzetta-pipe").getOrCreate()
sc = spark.sparkContext
rdd = sc.textFile(corpus, minPartitions=4)
annotations = rdd.pipe(f"{binary} annotate --jsonl", env={"GAZZETTA_LEXICONS": lexicons})
lines = annotations.collect()
with open(out, "w", encoding="utf-8") as file:
    for line in lines:
        file.write(line + "\n")
print(f"{rdd.getNumPartitions()} partitions, {len(lines)} annotations", file=sys.stderr)
spark.stop()
