# newswatch: one image, one service per command (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schemas schemas
COPY ingest ingest
COPY processor processor
COPY alerts alerts
COPY app app
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newswatch
COPY --from=build /src/app/target/newswatch.jar /opt/newswatch/newswatch.jar
COPY --from=build /src/app/target/lib /opt/newswatch/lib
COPY seeds /opt/newswatch/seeds
ENV NEWSWATCH_HOME=/opt/newswatch \
    NEWSWATCH_DATA_DIR=/var/lib/newswatch
VOLUME /var/lib/newswatch
ENTRYPOINT ["java", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newswatch.schemas", "-jar", "/opt/newswatch/newswatch.jar"]
CMD ["--help"]
