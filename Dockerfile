# The API for users who prefer Docker: docker-compose.yml pairs it with neo4j:5.26-community,
# so NEO4J_URI is set and no local Neo4j (Java, Maven) is needed in the image.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci
ENV ISNAD_HOST=0.0.0.0 ISNAD_PORT=4000
EXPOSE 4000
CMD ["node", "dist/src/cli/main.js", "serve"]
